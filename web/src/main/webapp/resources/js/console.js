/*
 * Accessible names PrimeFaces leaves out: its date pickers' calendar buttons are icon-only with the placeholder text
 * "ui-button", which is what a screen reader would read. Each gets "Choose a date for <its field's label>", also
 * after Ajax updates re-render a picker (the buttons are drawn by script, so this runs on every DOM change).
 */
(function () {
    'use strict';

    function labelOf(input) {
        if (!input || !input.id) {
            return '';
        }
        var label = document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
        return label ? label.textContent.replace(/\s*\*\s*$/, '').trim() : '';
    }

    function nameDateButtons() {
        document.querySelectorAll('.ui-datepicker-trigger:not([aria-label])').forEach(function (button) {
            var field = labelOf(button.parentElement ? button.parentElement.querySelector('input') : null);
            var name = field ? 'Choose a date for ' + field : 'Choose a date';
            button.setAttribute('aria-label', name);
            button.setAttribute('title', name);
        });
    }

    function start() {
        nameDateButtons();
        new MutationObserver(nameDateButtons).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/*
 * Extender of the member page's score chart (<p:chart extender="taskgateScoreChart">): the x axis reads "5 h ago" and
 * "now", and a signal's tooltip is its detector, severity, label and score (the point's "text").
 */
window.taskgateScoreChart = function () {
    'use strict';
    var options = this.cfg.config.options;
    options.scales.x.ticks = {
        callback: function (value) {
            return value === 0 ? 'now' : Math.abs(value) + ' h ago';
        }
    };
    options.plugins = options.plugins || {};
    options.plugins.tooltip = {
        callbacks: {
            label: function (context) {
                return context.raw && context.raw.text ? context.raw.text
                    : context.dataset.label + ': ' + context.parsed.y.toFixed(2);
            }
        }
    };
};

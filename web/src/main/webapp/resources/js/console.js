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

/*
 * Extender of charts of money (<p:chart extender="taskgateMoneyChart">): the value axis and the tooltips read as
 * dollars with two significant digits below a cent ($0.0000050), as Money does on the pages, never 5.000000E-6.
 */
(function () {
    'use strict';

    function usd(value) {
        var v = Number(value);
        if (!v) {
            return '$0.00';
        }
        var abs = Math.abs(v);
        return '$' + (abs >= 0.01 ? v.toFixed(2) : v.toFixed(Math.min(12, 1 - Math.floor(Math.log10(abs)))));
    }

    window.taskgateMoneyChart = function () {
        var options = this.cfg.config.options;
        var horizontal = options.indexAxis === 'y';
        if (options.scales) {
            var axis = horizontal ? 'x' : 'y';
            options.scales[axis] = options.scales[axis] || {};
            options.scales[axis].ticks = {callback: usd};
        }
        options.plugins = options.plugins || {};
        options.plugins.tooltip = {
            callbacks: {
                label: function (context) {
                    var value = typeof context.parsed === 'object' ? (horizontal ? context.parsed.x : context.parsed.y)
                        : context.parsed;
                    return (context.label || context.dataset.label) + ': ' + usd(value);
                }
            }
        };
    };
})();

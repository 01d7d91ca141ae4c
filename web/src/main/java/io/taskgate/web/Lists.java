package io.taskgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.stream.Collectors;

/** Lists as a person reads them on a page: {@code acme-checkout, acme-docs}, not a Java list's brackets. */
@Named("lists")
@ApplicationScoped
public class Lists {

    /** The items separated by commas; an empty text for none. */
    public String words(Collection<?> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

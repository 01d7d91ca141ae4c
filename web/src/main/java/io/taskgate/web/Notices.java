package io.taskgate.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Feedback messages for the page's p:messages/p:growl. */
public final class Notices {

    private Notices() {
    }

    public static void done(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary, null);
    }

    public static void failed(String summary, RuntimeException e) {
        add(FacesMessage.SEVERITY_ERROR, summary, e.getMessage());
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, summary, detail));
    }
}

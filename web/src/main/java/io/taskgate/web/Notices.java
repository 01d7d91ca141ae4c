package io.taskgate.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Feedback messages for the page's p:messages/p:growl. */
public final class Notices {

    private Notices() {
    }

    /** A success: its summary only (a FacesMessage without detail repeats the summary as its detail). */
    public static void done(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary, "");
    }

    public static void failed(String summary, RuntimeException e) {
        add(FacesMessage.SEVERITY_ERROR, summary, e.getMessage());
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, summary, detail));
    }
}

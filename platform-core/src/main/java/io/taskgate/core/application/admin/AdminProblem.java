package io.taskgate.core.application.admin;

/** An admin request that cannot be done, with the HTTP status, an error code and a message a person can act on. */
public class AdminProblem extends RuntimeException {

    private final int status;
    private final String code;

    public AdminProblem(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static AdminProblem notFound(String what) {
        return new AdminProblem(404, "not_found", what + " was not found.");
    }

    public static AdminProblem forbidden(String message) {
        return new AdminProblem(403, "forbidden", message);
    }

    public static AdminProblem invalid(String message) {
        return new AdminProblem(400, "invalid_request", message);
    }

    public static AdminProblem conflict(String code, String message) {
        return new AdminProblem(409, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

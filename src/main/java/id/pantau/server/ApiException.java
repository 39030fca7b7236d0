package id.pantau.server;

/**
 * An API error with its HTTP status, a machine-readable code and, for bad parameters, the
 * parameter's name. Rendered by {@link ApiServer} into one JSON shape:
 * {@code {"error": {"status": 400, "code": "bad_parameter", "message": "...", "parameter": "date_from"}}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String parameter;

    public ApiException(int status, String code, String message, String parameter) {
        super(message);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "bad_parameter", message, parameter);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String parameter() {
        return parameter;
    }
}

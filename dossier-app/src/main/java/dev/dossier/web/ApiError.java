package dev.dossier.web;

/**
 * The body of every error response: a machine-readable code and a message for people.
 * {@code {"error": {"code": "not_found", "message": "no article with id 1234"}}}
 */
record ApiError(Detail error) {

    record Detail(String code, String message) {}

    static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }
}

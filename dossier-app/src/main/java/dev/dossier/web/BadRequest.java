package dev.dossier.web;

/** A request the API refuses, with the code and message of its error body. Becomes HTTP 400. */
final class BadRequest extends RuntimeException {

    private final String code;

    BadRequest(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}

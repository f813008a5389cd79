package org.plenary.dashboard.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * What a service answered when it refused: its problem+json's title and detail, or what went wrong in reaching it.
 * The four generated clients each have their own ApiException; this reads any of them.
 */
public record ServiceProblem(int status, String title, String detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ServiceProblem of(Exception failure) {
        int status;
        String body;
        if (failure instanceof org.plenary.client.agenda.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof org.plenary.client.contribution.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof org.plenary.client.registration.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof org.plenary.client.notification.ApiException e) {
            status = e.getCode();
            body = e.getResponseBody();
        } else if (failure instanceof IllegalArgumentException invalid) {
            return new ServiceProblem(400, "Invalid input", String.valueOf(invalid.getMessage()));
        } else {
            return new ServiceProblem(502, "Service unavailable", String.valueOf(failure.getMessage()));
        }
        if (status == 0) {
            return new ServiceProblem(502, "Service unavailable", String.valueOf(failure.getMessage()));
        }
        try {
            JsonNode problem = JSON.readTree(body == null ? "{}" : body);
            return new ServiceProblem(status, problem.path("title").asText("HTTP " + status),
                    problem.path("detail").asText(""));
        } catch (IOException notJson) {
            return new ServiceProblem(status, "HTTP " + status, "");
        }
    }

    /** One line for a person: the title, and the detail when there is one. */
    public String message() {
        return detail.isBlank() ? title : title + ": " + detail;
    }
}

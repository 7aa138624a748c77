package com.streetgov.ui.api;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.ui.api.guard.JsonBody;
import jakarta.json.JsonObject;

/**
 * The JSON body of POST /api/matters: every member a string (or absent/null; another type is a 400
 * naming it), unknown members ignored. Sizes, required fields and patterns are the intake command's
 * (core), checked there for every channel alike.
 */
record MatterRequest(
        String title,
        String description,
        String address,
        String street,
        String community,
        String grid,
        String category,
        String residentName,
        String residentPhone,
        String timeLimit) {

    static MatterRequest of(JsonObject json) {
        return new MatterRequest(
                JsonBody.string(json, "title"),
                JsonBody.string(json, "description"),
                JsonBody.string(json, "address"),
                JsonBody.string(json, "street"),
                JsonBody.string(json, "community"),
                JsonBody.string(json, "grid"),
                JsonBody.string(json, "category"),
                JsonBody.string(json, "residentName"),
                JsonBody.string(json, "residentPhone"),
                JsonBody.string(json, "timeLimit"));
    }

    MatterService.Intake intake(String idempotencyKey) {
        return new MatterService.Intake(
                Channel.API,
                idempotencyKey,
                new Matter.Submission(
                        title, description, address, street, community, grid, category, residentName, residentPhone),
                timeLimit);
    }
}

package com.streetgov.photo.domain;

import java.time.LocalDateTime;

/** What is known of a stored photo without its bytes: its place among the matter's photos and size. */
public record PhotoInfo(int seq, String contentType, int sizeBytes, int width, int height, LocalDateTime uploadedAt) {}

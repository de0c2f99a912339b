package io.clinicflow.booking.courses;

public enum CourseStatus {
    OPEN, COMPLETED, CANCELLED
}

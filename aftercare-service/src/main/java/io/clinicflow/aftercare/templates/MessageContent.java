package io.clinicflow.aftercare.templates;

/** An aftercare message as its template set words it: the email's subject, text and HTML bodies, and the SMS. */
public record MessageContent(String subject, String text, String html, String sms) {
}

package io.clinicflow.aftercare.plans;

/** Which channel a message goes out on: a plan has one row per step and channel, each channel its own consent. */
public enum ChannelName {
    EMAIL,
    SMS
}

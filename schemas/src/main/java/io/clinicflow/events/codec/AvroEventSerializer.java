package io.clinicflow.events.codec;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer: any ClinicFlow event, single-object encoded. */
public class AvroEventSerializer implements Serializer<SpecificRecord> {

    private final SingleObjectCodec codec = SingleObjectCodec.shipped();

    @Override
    public byte[] serialize(String topic, SpecificRecord event) {
        return event == null ? null : codec.encode(event);
    }
}

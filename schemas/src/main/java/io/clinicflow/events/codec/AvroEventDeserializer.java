package io.clinicflow.events.codec;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer: reads any event type of the catalog. Throws {@link UnreadableEventException} on bad
 * bytes, so wrap it in Spring Kafka's {@code ErrorHandlingDeserializer} and the record goes to the dead-letter topic.
 */
public class AvroEventDeserializer implements Deserializer<SpecificRecord> {

    private final SingleObjectCodec codec = SingleObjectCodec.shipped();

    @Override
    public SpecificRecord deserialize(String topic, byte[] bytes) {
        return bytes == null ? null : codec.decode(bytes);
    }
}

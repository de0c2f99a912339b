package io.clinicflow.session.declarations;

import io.clinicflow.session.clients.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class HealthDeclarationRepository {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HealthDeclarationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(HealthDeclaration declaration) {
        jdbc.sql("""
                        insert into health_declaration (id, client_id, submitted_at, answers)
                        values (:id, :clientId, :submittedAt, cast(:answers as jsonb))""")
                .param("id", declaration.id().value())
                .param("clientId", declaration.clientId().value())
                .param("submittedAt", Timestamp.from(declaration.submittedAt()))
                .param("answers", json.writeValueAsString(declaration.answers().json()))
                .update();
    }

    /** The client's latest declaration: the one that counts. */
    public Optional<HealthDeclaration> latestOf(ClientId clientId) {
        return jdbc.sql("""
                        select id, client_id, submitted_at, answers from health_declaration
                        where client_id = :clientId order by seq desc limit 1""")
                .param("clientId", clientId.value())
                .query((rs, row) -> new HealthDeclaration(new DeclarationId(rs.getObject(1, UUID.class)),
                        new ClientId(rs.getObject(2, UUID.class)), rs.getTimestamp(3).toInstant(),
                        stored(rs.getString(4))))
                .optional();
    }

    /** Stored answers were checked on submission; a date then in the past stays valid. */
    private Answers stored(String answers) {
        return Answers.parse(json.readValue(answers, JSON_OBJECT), LocalDate.MAX);
    }
}

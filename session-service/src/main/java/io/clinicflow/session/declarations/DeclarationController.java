package io.clinicflow.session.declarations;

import io.clinicflow.session.audit.AuditEntry.Action;
import io.clinicflow.session.audit.AuditEntry.RecordType;
import io.clinicflow.session.audit.HealthRecordAccess;
import io.clinicflow.session.clients.ClientId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

@RestController
class DeclarationController {

    /**
     * Question code → true/false, the ISO date it last happened, or a number (the questionnaire says which). The
     * questionnaire has 19 questions: 100 answers leave it room to grow (ADR 0037); a code that is none is a 400.
     */
    record DeclarationRequest(@NotNull @Size(max = 100) Map<String, Object> answers) {
    }

    record DeclarationView(UUID id, UUID clientId, OffsetDateTime submittedAt) {
        static DeclarationView of(HealthDeclaration declaration) {
            return new DeclarationView(declaration.id().value(), declaration.clientId().value(),
                    declaration.submittedAt().atOffset(ZoneOffset.UTC));
        }
    }

    private final HealthDeclarations declarations;
    private final HealthRecordAccess access;

    DeclarationController(HealthDeclarations declarations, HealthRecordAccess access) {
        this.declarations = declarations;
        this.access = access;
    }

    @PostMapping("/api/v1/clients/{clientId}/health-declarations")
    ResponseEntity<DeclarationView> submit(@PathVariable UUID clientId, @Valid @RequestBody DeclarationRequest body,
            @RequestHeader(name = HealthRecordAccess.PURPOSE_HEADER, defaultValue = "health declaration before treatment") String purpose) {
        ClientId client = new ClientId(clientId);
        access.requireClient(client);
        HealthDeclaration declaration = declarations.submit(client, body.answers());
        access.logged(client, RecordType.DECLARATION, declaration.id().value(), Action.WRITE, purpose);
        URI location = URI.create("/api/v1/clients/" + clientId + "/health-declarations/" + declaration.id());
        return ResponseEntity.created(location).body(DeclarationView.of(declaration));
    }
}

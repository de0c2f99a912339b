package io.clinicflow.aftercare.erasure;

import io.clinicflow.aftercare.audit.PhiAudit;
import io.clinicflow.aftercare.checkins.HealingCheckIns;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.plans.AftercarePlanner;
import io.clinicflow.messaging.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what aftercare holds of a client who asked to be forgotten (ClientErasureRequested, ADR 0030): name and
 * addresses, the free text of check-ins and concerns; their waiting messages are cancelled, their plans stop. Plans,
 * steps, ledgers and milestones keep their ids, statuses and times.
 */
@Service
public class ClientErasure {

    private static final String CONSUMER = "aftercare-erasures";

    private final Inbox inbox;
    private final ClientContacts contacts;
    private final AftercarePlanner planner;
    private final HealingCheckIns checkIns;
    private final PhiAudit audit;

    ClientErasure(Inbox inbox, ClientContacts contacts, AftercarePlanner planner, HealingCheckIns checkIns,
                  PhiAudit audit) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.planner = planner;
        this.checkIns = checkIns;
        this.audit = audit;
    }

    @Transactional
    public void erase(ClientId clientId, String homeLocationId, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        contacts.erase(clientId, homeLocationId);
        planner.stopAftercareOf(clientId);
        checkIns.forgetNotesOf(clientId);
        audit.recordErasure(clientId);
    }
}

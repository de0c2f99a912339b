// The ClinicFlow ops page: live updates from /api/v1/stream, and a snapshot from /api/v1/dashboard on each (re)connect.
// Everything is written with textContent: values from the topics are never parsed as HTML.
// Funnel rows carry data-stage (and data-kind), their counts data-location ("all" or a locationId), event rows
// data-event-id, parked rows data-service and data-event-id, pipeline items data-service: scripts and browser tests
// find a value without counting columns.
"use strict";

// The page needs an OPS token (ADR 0023): opened as /?access_token=<JWT> it keeps the token in sessionStorage for this
// tab. fetch sends it as a bearer header; EventSource cannot send headers, so the stream gets it as a query parameter.
const TOKEN = (() => {
    const fromUrl = new URLSearchParams(window.location.search).get("access_token");
    if (fromUrl) sessionStorage.setItem("clinicflow.token", fromUrl);
    return sessionStorage.getItem("clinicflow.token") || "";
})();

function authorized(url, options = {}) {
    return fetch(url, {...options, headers: TOKEN ? {"Authorization": `Bearer ${TOKEN}`} : {}});
}

const LATEST_EVENTS_SHOWN = 100;
// Parked events live in the services' outboxes, not on the topics: the page asks for them (the dashboard asks each
// service with this page's token, ADR 0038) on every snapshot and every few seconds.
const PARKED_REFRESH_MILLIS = 10000;
const STAGES = [
    ["booked", "booked"], ["screened", "screened"], ["confirmed", "confirmed"], ["completed", "completed"],
    ["aftercareSent", "aftercare sent"], ["milestones", "milestones"], ["offered", "follow-up offered"],
    ["accepted", "offer accepted"]];

function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text === null || text === undefined ? "" : String(text);
    if (className) td.className = className;
    return td;
}

function fill(tableId, items, columns, mark = () => {}) {
    const body = document.querySelector(`#${tableId} tbody`);
    body.replaceChildren();
    items.forEach(item => {
        const row = body.insertRow();
        columns(item).forEach(value => cell(row, value));
        mark(row, item);
    });
}

function markEvent(row, event) {
    row.dataset.eventId = event.eventId;
}

function eventColumns(event) {
    return [event.occurredAt, event.type, event.clientId, event.locationId, event.correlationId];
}

function deadLetterColumns(letter) {
    return [letter.deadLetteredAt, letter.topic, letter.partition, letter.offset, letter.key, letter.exceptionClass,
        letter.exceptionMessage];
}

function renderFunnel(funnel) {
    const locations = Object.keys(funnel.byLocation).sort();
    const head = document.querySelector("#funnel thead tr");
    head.replaceChildren();
    ["stage", "all locations", ...locations].forEach(title => {
        const th = document.createElement("th"); th.textContent = title; head.appendChild(th);
    });
    const columns = [["all", funnel.overall], ...locations.map(location => [location, funnel.byLocation[location]])];
    const body = document.querySelector("#funnel tbody");
    body.replaceChildren();
    STAGES.forEach(([field, label]) => {
        const stageRow = body.insertRow();
        stageRow.dataset.stage = field;
        cell(stageRow, label);
        columns.forEach(([location, counts]) => countCell(stageRow, total(counts[field]), location));
        kinds(columns.map(([, counts]) => counts), field).forEach(kind => {
            const kindRow = body.insertRow();
            kindRow.className = "kind";
            Object.assign(kindRow.dataset, {stage: field, kind});
            cell(kindRow, kind);
            columns.forEach(([location, counts]) => countCell(kindRow, counts[field].by[kind] || 0, location));
        });
    });
}

function countCell(row, count, location) {
    cell(row, count, "count").dataset.location = location;
}

function total(stage) {
    return typeof stage === "number" ? stage : stage.total;
}

function kinds(columns, field) {
    const all = new Set();
    columns.forEach(counts => { if (typeof counts[field] === "object") Object.keys(counts[field].by).forEach(k => all.add(k)); });
    return [...all].sort();
}

function renderLag(lags) {
    const body = document.querySelector("#lag tbody");
    body.replaceChildren();
    lags.forEach(lag => {
        const row = body.insertRow();
        cell(row, lag.group); cell(row, lag.topic); cell(row, lag.lag, lag.lag > 0 ? "count lagging" : "count");
    });
}

function prepend(tableId, columns, limit) {
    const row = document.querySelector(`#${tableId} tbody`).insertRow(0);
    row.className = "fresh";
    columns.forEach(value => cell(row, value));
    const rows = document.querySelector(`#${tableId} tbody`).rows;
    while (rows.length > limit) rows[rows.length - 1].remove();
    return row;
}

function renderPipelines(services) {
    const list = document.getElementById("pipelines");
    list.replaceChildren();
    services.forEach(service => {
        const item = document.createElement("li");
        item.dataset.service = service.service;
        item.className = service.pipeline === "UP" && service.answered ? "" : "unhealthy";
        const trouble = [...service.notUp, ...(service.answered ? [] : ["no answer"])];
        item.textContent = `${service.service} pipeline: ${service.pipeline}${trouble.length ? ` (${trouble.join(", ")})` : ""}`;
        list.appendChild(item);
    });
}

function renderParked(services) {
    renderPipelines(services);
    const rows = services.flatMap(service => service.parked.map(event => ({service: service.service, event})));
    document.getElementById("parked-count").textContent = rows.length;
    const body = document.querySelector("#parked tbody");
    body.replaceChildren();
    rows.forEach(({service, event}) => {
        const row = body.insertRow();
        Object.assign(row.dataset, {service, eventId: event.eventId});
        [service, event.parkedAt, event.eventType, event.key, event.eventId, event.reason].forEach(value => cell(row, value));
        const release = document.createElement("button");
        release.textContent = "Release";
        release.addEventListener("click", () => releaseParked(service, event.eventId));
        row.insertCell().appendChild(release);
    });
}

async function loadParked() {
    const response = await authorized("api/v1/parked");
    if (response.ok) renderParked(await response.json());
}

// Put back in line at the owning service, after the fix; an event still too large is parked again at once.
async function releaseParked(service, eventId) {
    const response = await authorized(`api/v1/parked/${encodeURIComponent(service)}/${encodeURIComponent(eventId)}/release`,
        {method: "POST"});
    document.getElementById("release-status").textContent = response.ok
        ? `Released ${eventId} at ${service}.` : `${service} answered ${response.status} to the release of ${eventId}.`;
    loadParked();
}

async function loadSnapshot() {
    const snapshot = await (await authorized("api/v1/dashboard")).json();
    renderFunnel(snapshot.funnel);
    fill("events", snapshot.latestEvents.slice(0, LATEST_EVENTS_SHOWN), eventColumns, markEvent);
    fill("dead-letters", snapshot.deadLetters, deadLetterColumns);
    renderLag(snapshot.lag);
    loadParked();
}

async function showJourney(correlationId) {
    const status = document.getElementById("journey-status");
    const response = await authorized(`api/v1/journeys/${encodeURIComponent(correlationId)}`);
    if (!response.ok) {
        status.textContent = response.status === 404 ? "No such journey among the latest ones." : `Error ${response.status}`;
        fill("journey", [], () => []);
        return;
    }
    const journey = await response.json();
    status.textContent = `${journey.events.length} events`;
    fill("journey", journey.events, event => [event.occurredAt, event.type, event.clientId, event.locationId]);
}

function follow() {
    const connection = document.getElementById("connection");
    const stream = new EventSource(`api/v1/stream?access_token=${encodeURIComponent(TOKEN)}`);
    // The snapshot is (re)loaded once the stream is open, so no event falls between the two: one pushed before the
    // snapshot arrives is in the snapshot too, which replaces the tables.
    stream.onopen = () => { connection.textContent = "live"; connection.className = "online"; loadSnapshot(); };
    stream.onerror = () => { connection.textContent = "reconnecting…"; connection.className = "offline"; };
    stream.addEventListener("funnel", message => renderFunnel(JSON.parse(message.data)));
    stream.addEventListener("event", message => {
        const event = JSON.parse(message.data);
        markEvent(prepend("events", eventColumns(event), LATEST_EVENTS_SHOWN), event);
        if (document.getElementById("correlation-id").value.trim() === event.correlationId) showJourney(event.correlationId);
    });
    stream.addEventListener("deadLetter", message => prepend("dead-letters", deadLetterColumns(JSON.parse(message.data)), 100));
    stream.addEventListener("lag", message => renderLag(JSON.parse(message.data)));
}

document.getElementById("journey-search").addEventListener("submit", submit => {
    submit.preventDefault();
    showJourney(document.getElementById("correlation-id").value.trim());
});
follow();
setInterval(loadParked, PARKED_REFRESH_MILLIS);

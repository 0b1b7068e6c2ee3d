package benchcorpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Sentence banks. Slots in braces are filled from the system by fill.
var (
	contextSentences = []string{
		"{name} is the system of record for {area} and replaces a set of scripts and spreadsheets that no longer scale.",
		"Today {user} talk to three separate services, each with its own copy of {entity} data, and the copies drift apart.",
		"The main driver is growth: traffic doubled last year and is expected to reach {rps} requests per second at peak.",
		"Regulators and auditors ask for a complete history of every {entity} change, which the current design cannot give.",
		"The design favours boring, well-understood technology that the on-call engineers already know how to operate.",
		"We keep the number of moving parts small on purpose: every extra service is another thing to page someone for.",
		"The team owns the service end to end, from the API contract to the dashboards and the runbooks.",
		"Most requests come from {user}; batch traffic from {external} arrives in bursts at the top of every hour.",
	}
	designSentences = []string{
		"The {component} is stateless; every instance can serve every request, so scaling out is a matter of adding pods.",
		"All writes go through the {component}, which keeps the invariants of the {entity} model in one place.",
		"Reads that tolerate a few seconds of staleness are served from {cache} instead of {db}.",
		"Changes are published as events on {queue} after the database transaction commits, using a transactional outbox.",
		"Consumers are idempotent: every event carries the id of the {entity} and a version number, so a replay is harmless.",
		"Long-running work never blocks a request; the {component} hands it to a worker through {queue}.",
		"Every call to {external} goes through a client with a timeout, retries with jitter and a circuit breaker.",
		"Configuration is read once at start-up from environment variables and validated before the service accepts traffic.",
		"Schema changes are expand-and-contract migrations, so old and new versions of the {component} can run side by side.",
		"The public API is versioned in the path; a breaking change means a new version and a six-month overlap.",
		"The {component} exposes health and readiness endpoints that {platform} uses to route traffic only to healthy instances.",
		"Idempotency keys let {user} retry a request safely after a network error without creating a second {entity}.",
	}
	opsSentences = []string{
		"Every service ships as a container image built and signed by CI, then promoted unchanged from staging to production.",
		"Releases are canaries: 5% of traffic for 30 minutes, then the rest when error rate and latency stay within budget.",
		"Dashboards show the four golden signals for each component, and every alert links to a runbook.",
		"Logs are structured JSON with a trace id on every line, shipped by {telemetry} and kept for 30 days.",
		"The on-call engineer is paged when the 5-minute error rate exceeds {errors}% or p95 latency exceeds {p99} ms.",
		"Backups of {db} run every hour and a restore is rehearsed every quarter in an isolated account.",
		"Capacity is reviewed monthly against the forecast, with 40% headroom kept for seasonal peaks.",
	}
)

// paragraph returns n sentences drawn from bank, without repeats.
func (w *docWriter) paragraph(bank []string, n int) string {
	chosen := pickSome(w.r, bank, n)
	out := make([]string, len(chosen))
	for i, sentence := range chosen {
		out[i] = w.fill(sentence)
	}
	return strings.Join(out, " ")
}

// fill replaces the slots of a sentence with facts of the system, drawing a
// component, entity, user and external system for each sentence.
func (w *docWriter) fill(sentence string) string {
	s := w.s
	c := pick(w.r, s.components)
	return strings.NewReplacer(
		"{name}", s.name,
		"{area}", s.domain.area,
		"{user}", pick(w.r, s.domain.users),
		"{external}", pick(w.r, s.domain.externals),
		"{entity}", words(pick(w.r, s.entities).name),
		"{component}", c.name,
		"{db}", s.database.tech,
		"{cache}", s.cache.tech,
		"{queue}", s.queue.tech,
		"{platform}", s.platform.tech,
		"{telemetry}", s.telemetry.tech,
		"{rps}", thousands(s.requestsPerS),
		"{p99}", strconv.Itoa(s.p99Millis),
		"{errors}", s.errorRate,
	).Replace(sentence)
}

// thousands formats n with comma separators: 12500 → "12,500".
func thousands(n int) string {
	digits := strconv.Itoa(n)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// chance reports true with probability percent/100.
func chance(r *rand.Rand, percent int) bool {
	return r.IntN(100) < percent
}

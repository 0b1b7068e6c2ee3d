package benchcorpus

import (
	"fmt"
	"strings"
)

// operationalArchitecture writes the Operational Architecture section:
// deployment, monitoring and security.
func (w *docWriter) operationalArchitecture() string {
	s := w.s
	var b strings.Builder
	b.WriteString("## Operational Architecture\n\n")
	b.WriteString("### Deployment Strategy\n")
	b.WriteString(w.paragraph(opsSentences, 2) + "\n\n")
	c := s.components[0]
	name := slug(c.name)
	fmt.Fprintf(&b, "```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %[1]s\n  labels:\n    app: %[1]s\nspec:\n  replicas: %[2]d\n  selector:\n    matchLabels:\n      app: %[1]s\n  template:\n    metadata:\n      labels:\n        app: %[1]s\n    spec:\n      containers:\n        - name: %[1]s\n          image: registry.internal/%[1]s:%[3]s.0\n          ports:\n            - containerPort: 8080\n          resources:\n            requests:\n              memory: \"%[4]dMi\"\n              cpu: \"%[5]dm\"\n          readinessProbe:\n            httpGet:\n              path: /ready\n              port: 8080\n```\n\n",
		name, 3+w.r.IntN(6), s.version, 128*(1+w.r.IntN(4)), 250*(1+w.r.IntN(4)))
	b.WriteString("#### Rollback Plan\nA release is rolled back by redeploying the previous image; migrations are backward compatible, so no data change is needed.\n\n")
	if w.p.duplicateHeading {
		b.WriteString("#### Rollback Plan\nIf the canary's error rate exceeds the budget, the deployment controller stops the rollout and restores the previous revision.\n\n")
	}
	b.WriteString("### Monitoring and Observability\n")
	fmt.Fprintf(&b, "- **Metrics**: %s collects request rate, error rate and latency histograms from every component.\n", s.telemetry.tech)
	b.WriteString("- **Tracing**: Every request carries a W3C trace context from the gateway to the database.\n")
	b.WriteString("- **Logging**: Structured JSON logs with the trace id, kept for 30 days.\n")
	fmt.Fprintf(&b, "- **Alerting**: On-call is paged when the 5-minute error rate exceeds %s%% or p95 latency exceeds %d ms.\n\n", s.errorRate, s.p99Millis)
	if w.p.brokenAnchor {
		b.WriteString("Dashboards and alert thresholds are described in the [runbook section](#runbook-and-dashboards).\n\n")
	} else {
		b.WriteString("Alert thresholds follow the [performance requirements](#performance-requirements).\n\n")
	}
	b.WriteString("### Security Architecture\n")
	fmt.Fprintf(&b, "We threat-modeled %s with STRIDE; every threat below has a mitigation with an owner.\n\n", s.name)
	b.WriteString("| Threat | Mitigation |\n|--------|------------|\n")
	threats := [][2]string{
		{"Spoofing of callers", "Mutual TLS inside the cluster and OAuth 2.0 tokens at " + s.gateway.tech},
		{"Tampering with " + words(s.entities[0].name) + " records", "Request signing, database constraints and an append-only audit table"},
		{"Repudiation of changes", "Every change is recorded with the caller's identity and a trace id"},
		{"Information disclosure", "Encryption at rest and in transit; personal fields are masked in logs"},
		{"Denial of service", "Rate limits per client at the gateway and autoscaling with a hard ceiling"},
		{"Elevation of privilege", "Least-privilege service accounts and no shared credentials"},
	}
	for _, t := range pickSome(w.r, threats, 4+w.r.IntN(3)) {
		fmt.Fprintf(&b, "| %s | %s |\n", t[0], t[1])
	}
	b.WriteString("\n")
	return b.String()
}

// performanceArchitecture writes the Performance Architecture section with
// its targets table and optimisation strategies.
func (w *docWriter) performanceArchitecture() string {
	s := w.s
	var b strings.Builder
	b.WriteString("## Performance Architecture\n\n")
	b.WriteString("### Performance Requirements\n")
	b.WriteString("| Metric | Target | Measured at |\n|--------|--------|-------------|\n")
	p95 := fmt.Sprintf("%d ms", s.p95Millis)
	if w.p.vagueTarget {
		p95 = pick(w.r, []string{"fast", "as low as possible", "low"})
	}
	fmt.Fprintf(&b, "| p50 latency | %d ms | Gateway |\n", s.p50Millis)
	fmt.Fprintf(&b, "| p95 latency | %s | Gateway |\n", p95)
	fmt.Fprintf(&b, "| p99 latency | %d ms | Gateway |\n", s.p99Millis)
	fmt.Fprintf(&b, "| Throughput | %s req/s | Load balancer |\n", thousands(s.requestsPerS))
	fmt.Fprintf(&b, "| Availability | %s%% | Synthetic probes, monthly |\n", s.availability)
	fmt.Fprintf(&b, "| Error rate | %s%% | Gateway, 5-minute window |\n\n", s.errorRate)
	b.WriteString("### Optimization Strategies\n")
	strategies := []string{
		fmt.Sprintf("Connection pooling to %s with at most %d connections per pod.", s.database.tech, 10+5*w.r.IntN(5)),
		fmt.Sprintf("Hot %s records served from %s before touching the database.", words(s.entities[0].name), s.cache.tech),
		"Calls to external systems run with a 2 s timeout and a circuit breaker.",
		"Responses are compressed and paginated; no endpoint returns more than 100 items.",
		"Expensive projections are computed asynchronously and cached for 60 seconds.",
		"Autoscaling on CPU at 60% and on queue lag above 10,000 messages.",
	}
	for _, strategy := range pickSome(w.r, strategies, 3+w.r.IntN(4)) {
		fmt.Fprintf(&b, "- %s\n", strategy)
	}
	b.WriteString("\n")
	return b.String()
}

// gateItems are the template's Quality Gates checklist items.
var gateItems = []string{
	"Architecture design document complete and reviewed",
	"Technology stack selection justified and approved",
	"API specification validated with stakeholders",
	"Database design optimized and reviewed",
	"Security architecture threat-modeled",
	"Performance requirements specified and achievable",
	"Operational requirements defined",
	"Integration points documented",
}

// qualityGates writes the Quality Gates checklist: every item checked, but
// one when an unchecked-gate defect is planted.
func (w *docWriter) qualityGates() string {
	var b strings.Builder
	b.WriteString("## Quality Gates\n\nBefore handoff to implementation:\n")
	unchecked := -1
	if w.p.uncheckedGate {
		unchecked = w.r.IntN(len(gateItems))
	}
	for i, item := range gateItems {
		box := "x"
		if i == unchecked {
			box = " "
		}
		fmt.Fprintf(&b, "- [%s] %s\n", box, item)
	}
	return b.String()
}

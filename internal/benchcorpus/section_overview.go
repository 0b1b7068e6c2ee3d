package benchcorpus

import (
	"fmt"
	"strings"
)

// architectureOverview writes the Architecture Overview section: the
// high-level diagram, the components and the data flow.
func (w *docWriter) architectureOverview() string {
	s := w.s
	var b strings.Builder
	b.WriteString("## Architecture Overview\n")
	b.WriteString("### High-Level Architecture\n")
	b.WriteString(w.paragraph(designSentences, 2) + "\n\n")
	b.WriteString("```mermaid\ngraph TB\n")
	fmt.Fprintf(&b, "    Client[%s] --> Gateway[%s]\n", upperFirst(s.domain.users[0]), s.gateway.tech)
	for i, c := range s.components {
		fmt.Fprintf(&b, "    Gateway --> C%d[%s]\n", i, c.name)
		fmt.Fprintf(&b, "    C%d --> DB[(%s)]\n", i, s.database.tech)
		if i%2 == 1 {
			fmt.Fprintf(&b, "    C%d --> Cache[(%s)]\n", i, s.cache.tech)
		}
	}
	fmt.Fprintf(&b, "    C0 --> Queue[%s]\n", s.queue.tech)
	for i, ext := range s.domain.externals[:2] {
		fmt.Fprintf(&b, "    Queue --> X%d[%s]\n", i, upperFirst(ext))
	}
	b.WriteString("```\n\n")

	b.WriteString("### System Components\n")
	for i, c := range s.components {
		fmt.Fprintf(&b, "- **%s**: %s.\n", c.name, upperFirst(c.purpose))
		if i == 0 || chance(w.r, 40) {
			fmt.Fprintf(&b, "  - **Input**: %s requests from %s.\n", upperFirst(words(c.entity.name)), pick(w.r, s.domain.users))
			fmt.Fprintf(&b, "  - **Processing**: Validates input, applies the %s rules and records every change.\n", words(c.entity.name))
			fmt.Fprintf(&b, "  - **Output**: %s records and %s events.\n", upperFirst(words(c.entity.name)), pick(w.r, s.domain.events))
			fmt.Fprintf(&b, "  - **Dependencies**: %s, %s and %s.\n", s.database.tech, s.cache.tech, s.queue.tech)
		}
	}
	if w.p.placeholder {
		b.WriteString("- **[Component Name]**: Purpose, responsibilities, technology stack\n")
	}
	b.WriteString("\n")

	if !w.p.missingSubsection {
		b.WriteString("### Data Flow Architecture\n")
		fmt.Fprintf(&b, "A typical write, from %s to the event stream:\n\n", s.domain.users[0])
		first, second := s.components[0], s.components[1%len(s.components)]
		b.WriteString("```mermaid\nsequenceDiagram\n")
		b.WriteString("    participant Client\n    participant Gateway\n")
		fmt.Fprintf(&b, "    participant Service as %s\n    participant Database\n    participant Queue\n\n", first.name)
		fmt.Fprintf(&b, "    Client->>Gateway: POST /v1/%s\n", plural(first.entity.name))
		b.WriteString("    Gateway->>Service: Authenticated request\n")
		b.WriteString("    Service->>Database: Insert row and outbox entry\n")
		b.WriteString("    Database-->>Service: Committed\n")
		fmt.Fprintf(&b, "    Service-->>Queue: %s\n", pick(w.r, s.domain.events))
		b.WriteString("    Service-->>Gateway: 201 Created\n    Gateway-->>Client: Resource\n```\n\n")
		fmt.Fprintf(&b, "1. The gateway authenticates the caller and applies the rate limit of its plan.\n")
		fmt.Fprintf(&b, "2. The %s validates the request and writes the row and an outbox entry in one transaction.\n", first.name)
		fmt.Fprintf(&b, "3. A relay publishes the outbox entry to %s; the %s consumes it.\n", s.queue.tech, second.name)
		fmt.Fprintf(&b, "4. Read models and caches are refreshed within %d seconds.\n\n", 1+w.r.IntN(5))
	}
	return b.String()
}

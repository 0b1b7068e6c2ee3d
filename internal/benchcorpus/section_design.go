package benchcorpus

import (
	"fmt"
	"strings"
)

// componentAspects are the topics of the component details that pad
// Component Architecture.
var componentAspects = []string{"Error Handling", "Configuration", "Concurrency Model", "Failure Modes", "Testing Approach", "Data Ownership"}

// detailedDesign writes the Detailed Design section. Padding goes after the
// component skeletons, before API Design.
func (w *docWriter) detailedDesign() *section {
	s := w.s
	var b strings.Builder
	b.WriteString("## Detailed Design\n")
	b.WriteString("### Component Architecture\n")
	b.WriteString(w.paragraph(designSentences, 3) + "\n\n")
	treeLang := "text"
	if w.p.unlabeledFence {
		treeLang = ""
	}
	fmt.Fprintf(&b, "```%s\n%s/\n├── cmd/\n├── internal/\n", treeLang, slug(s.name))
	for _, c := range s.components {
		fmt.Fprintf(&b, "│   ├── %s/\n", strings.ToLower(strings.ReplaceAll(c.name, " ", "")))
	}
	b.WriteString("├── migrations/\n└── deploy/\n```\n\n")
	for _, c := range s.components {
		fmt.Fprintf(&b, "#### %s\n", c.name)
		fmt.Fprintf(&b, "The %s %s. %s\n\n", c.name, c.purpose, w.paragraph(designSentences, 1))
		fmt.Fprintf(&b, "```%s\n%s```\n\n", s.lang.fence, componentCode(s.lang.fence, c))
	}
	return &section{key: "detailed-design", body: b.String(), tail: w.apiDesign() + w.dataArchitecture()}
}

// componentDetail writes padding block i: one aspect of one component.
func (w *docWriter) componentDetail(i int) string {
	s := w.s
	c := s.components[i%len(s.components)]
	aspect := componentAspects[(i/len(s.components))%len(componentAspects)]
	var b strings.Builder
	fmt.Fprintf(&b, "#### %s: %s\n", c.name, aspect)
	b.WriteString(w.paragraph(designSentences, 2+w.r.IntN(2)) + "\n\n")
	switch aspect {
	case "Error Handling":
		b.WriteString("| Error | HTTP status | Retried by client |\n|-------|-------------|-------------------|\n")
		fmt.Fprintf(&b, "| Validation failed | 422 | No |\n| %s not found | 404 | No |\n| Version conflict | 409 | After re-reading |\n", upperFirst(words(c.entity.name)))
		fmt.Fprintf(&b, "| %s unavailable | 503 | Yes, with back-off |\n| Deadline exceeded | 504 | Yes, once |\n\n", upperFirst(pick(w.r, s.domain.externals)))
	case "Configuration":
		fmt.Fprintf(&b, "```yaml\n%s:\n  http:\n    port: %d\n    read_timeout: %ds\n  database:\n    max_connections: %d\n    statement_timeout: %dms\n  cache:\n    ttl: %ds\n  queue:\n    topic: %s-events\n    consumer_group: %s\n```\n\n",
			slug(c.name), 8080+w.r.IntN(10), 2+w.r.IntN(8), 10+5*w.r.IntN(5), 500*(1+w.r.IntN(6)), 15*(1+w.r.IntN(8)),
			strings.ReplaceAll(c.entity.name, "_", "-"), slug(c.name))
	case "Concurrency Model":
		fmt.Fprintf(&b, "Each instance runs %d workers; a request holds at most one database connection at a time and never across a call to %s.\n\n",
			4*(1+w.r.IntN(8)), pick(w.r, s.domain.externals))
	case "Failure Modes":
		fmt.Fprintf(&b, "- %s is down: requests that need it fail fast with 503 and the circuit opens after 20 failures in 10 seconds.\n", upperFirst(pick(w.r, s.domain.externals)))
		fmt.Fprintf(&b, "- %s is slow: reads fall back to the last cached value for at most 60 seconds.\n", s.database.tech)
		fmt.Fprintf(&b, "- %s is unavailable: the outbox keeps events until the broker is back; nothing is lost.\n", s.queue.tech)
		b.WriteString("- A poison message: after five attempts it moves to the dead-letter queue and an alert fires.\n\n")
	case "Testing Approach":
		fmt.Fprintf(&b, "- Unit tests for the %s rules, run on every commit with %s.\n", words(c.entity.name), s.lang.testing)
		fmt.Fprintf(&b, "- Integration tests against real %s and %s containers.\n", s.database.tech, s.queue.tech)
		b.WriteString("- Contract tests for every consumer of the public API, published to the broker on merge.\n")
		b.WriteString("- A nightly load test at twice the expected peak, compared with the previous run.\n\n")
	default:
		fmt.Fprintf(&b, "The %s is the only writer of the `%s` table. Other components read %s data through its API or its events, never through the database.\n\n",
			c.name, plural(c.entity.name), words(c.entity.name))
	}
	return b.String()
}

// apiDesign writes the API Design subsection: an OpenAPI document or a
// GraphQL schema, and sometimes an endpoint table and an example response.
func (w *docWriter) apiDesign() string {
	s := w.s
	var b strings.Builder
	b.WriteString("### API Design\n")
	fmt.Fprintf(&b, "The API follows the company's REST guidelines: JSON bodies, cursor pagination, RFC 9457 problem details for errors, and OAuth 2.0 client credentials through %s.\n\n", s.gateway.tech)
	if !w.p.brokenYAML && chance(w.r, 20) {
		b.WriteString("#### GraphQL Schema\n```graphql\ntype Query {\n")
		for _, e := range s.entities {
			fmt.Fprintf(&b, "  %s(id: ID!): %s\n", lowerCamel(e.name), camel(e.name))
		}
		b.WriteString("}\n")
		for _, e := range s.entities {
			fmt.Fprintf(&b, "\ntype %s {\n  id: ID!\n", camel(e.name))
			for _, f := range e.fields {
				fmt.Fprintf(&b, "  %s: %s\n", lowerCamel(f.name), graphQLType(f.sqlType))
			}
			b.WriteString("  createdAt: DateTime!\n}\n")
		}
		b.WriteString("```\n\n")
	} else {
		b.WriteString(w.openAPI())
	}
	if chance(w.r, 50) {
		b.WriteString("| Method | Path | Purpose |\n|--------|------|---------|\n")
		for _, e := range s.entities {
			p := plural(strings.ReplaceAll(e.name, "_", "-"))
			fmt.Fprintf(&b, "| GET | `/v1/%s` | List %s, newest first |\n", p, plural(words(e.name)))
			fmt.Fprintf(&b, "| POST | `/v1/%s` | Create a %s |\n", p, words(e.name))
		}
		b.WriteString("\n")
	}
	if chance(w.r, 50) {
		e := s.entities[0]
		b.WriteString("Example response:\n\n```json\n{\n  \"id\": \"7f1c2a9e-5b3d-4c8e-9a61-0d2f4b6e8c10\",\n")
		for _, f := range e.fields {
			fmt.Fprintf(&b, "  %q: %s,\n", f.name, jsonExample(f.sqlType))
		}
		b.WriteString("  \"created_at\": \"2026-03-14T10:30:00Z\"\n}\n```\n\n")
	}
	return b.String()
}

// openAPI writes the OpenAPI block; a broken-yaml defect puts an unquoted
// colon in the description.
func (w *docWriter) openAPI() string {
	s := w.s
	var b strings.Builder
	description := fmt.Sprintf("%q", s.name+" public API")
	if w.p.brokenYAML {
		description = s.name + " API: internal and partner use"
	}
	fmt.Fprintf(&b, "#### REST API Specification\n```yaml\nopenapi: 3.0.3\ninfo:\n  title: %q\n  version: %s.0\n  description: %s\npaths:\n", s.name+" API", s.version, description)
	for _, e := range s.entities {
		p := plural(strings.ReplaceAll(e.name, "_", "-"))
		fmt.Fprintf(&b, "  /v1/%s:\n    get:\n      summary: List %s\n      parameters:\n        - name: cursor\n          in: query\n          schema:\n            type: string\n        - name: limit\n          in: query\n          schema:\n            type: integer\n            maximum: 100\n      responses:\n        '200':\n          description: A page of %s\n",
			p, plural(words(e.name)), plural(words(e.name)))
		fmt.Fprintf(&b, "    post:\n      summary: Create a %s\n      responses:\n        '201':\n          description: Created\n        '409':\n          description: Idempotency key reused with a different body\n", words(e.name))
	}
	b.WriteString("components:\n  schemas:\n")
	for _, e := range s.entities {
		fmt.Fprintf(&b, "    %s:\n      type: object\n      required: [id]\n      properties:\n        id:\n          type: string\n          format: uuid\n", camel(e.name))
		for _, f := range e.fields {
			typ, format := openAPIType(f.sqlType)
			fmt.Fprintf(&b, "        %s:\n          type: %s\n", f.name, typ)
			if format != "" {
				fmt.Fprintf(&b, "          format: %s\n", format)
			}
			if typ == "array" {
				b.WriteString("          items:\n            type: string\n")
			}
		}
	}
	b.WriteString("```\n\n")
	return b.String()
}

// dataArchitecture writes the Data Architecture subsection and, sometimes,
// a Caching Strategy subsection.
func (w *docWriter) dataArchitecture() string {
	s := w.s
	var b strings.Builder
	b.WriteString("### Data Architecture\n")
	fmt.Fprintf(&b, "%s holds the records below. Every table has a version column for optimistic locking and is partitioned by month once it passes 100 million rows.\n\n", s.database.tech)
	b.WriteString("```sql\n")
	for _, e := range s.entities {
		fmt.Fprintf(&b, "CREATE TABLE %s (\n    id UUID PRIMARY KEY,\n", plural(e.name))
		for _, f := range e.fields {
			fmt.Fprintf(&b, "    %s %s,\n", f.name, f.sqlType)
		}
		b.WriteString("    version INTEGER NOT NULL DEFAULT 1,\n    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),\n    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);\n")
		fmt.Fprintf(&b, "CREATE INDEX idx_%s_created_at ON %s (created_at DESC);\n\n", plural(e.name), plural(e.name))
	}
	b.WriteString("```\n\n")
	if chance(w.r, 40) {
		b.WriteString("```mermaid\nerDiagram\n")
		for i := 1; i < len(s.entities); i++ {
			fmt.Fprintf(&b, "    %s ||--o{ %s : has\n", strings.ToUpper(s.entities[0].name), strings.ToUpper(s.entities[i].name))
		}
		b.WriteString("```\n\n")
	}
	fmt.Fprintf(&b, "- **Retention**: %s records are kept for %d years, then archived to object storage.\n", upperFirst(words(s.entities[0].name)), 2+w.r.IntN(6))
	b.WriteString("- **Backups**: Point-in-time recovery with a 5-minute recovery point objective.\n")
	b.WriteString("- **Personal data**: Encrypted at rest; deleted on request within 30 days.\n\n")
	if chance(w.r, 50) {
		b.WriteString("### Caching Strategy\n")
		fmt.Fprintf(&b, "Reads of single %s records go through %s with a %d-second TTL; writes delete the key after the transaction commits. %s\n\n",
			words(s.entities[0].name), s.cache.tech, 15*(1+w.r.IntN(8)), w.paragraph(designSentences, 1))
	}
	return b.String()
}

// lowerCamel turns a snake_case name into lowerCamelCase.
func lowerCamel(name string) string {
	c := camel(name)
	return strings.ToLower(c[:1]) + c[1:]
}

// graphQLType maps a SQL column type to a GraphQL type.
func graphQLType(sqlType string) string {
	typ, format := openAPIType(sqlType)
	switch {
	case format == "uuid":
		return "ID"
	case format != "":
		return "DateTime"
	case typ == "integer":
		return "Int"
	case typ == "number":
		return "Float"
	case typ == "boolean":
		return "Boolean"
	case typ == "array":
		return "[String!]"
	}
	return "String"
}

// jsonExample returns an example JSON value for a SQL column type.
func jsonExample(sqlType string) string {
	typ, format := openAPIType(sqlType)
	switch {
	case format == "uuid":
		return `"3b9d6c1e-8f2a-4e7b-a5c4-1d0e9f8a7b6c"`
	case format == "date-time":
		return `"2026-03-14T10:30:00Z"`
	case format == "date":
		return `"2026-03-14"`
	case typ == "integer":
		return "1250"
	case typ == "number":
		return "21.5"
	case typ == "boolean":
		return "true"
	case typ == "array":
		return `["alpha", "beta"]`
	}
	return `"example"`
}

package benchcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// system is everything one generated document says about its system, drawn
// once so that every section tells the same story.
type system struct {
	name      string
	domain    domain
	lang      language
	database  choice
	cache     choice
	queue     choice
	platform  choice
	telemetry choice
	gateway   choice
	// entities are the records the system stores (two or more).
	entities []entity
	// components are the deployable parts (three or more).
	components []component
	architect  string
	date       string
	time       string
	version    string
	status     string
	// Performance targets.
	p50Millis    int
	p95Millis    int
	p99Millis    int
	requestsPerS int
	availability string
	errorRate    string
	engineers    int
	weeks        int
}

// component is one deployable part of the system.
type component struct {
	name    string
	purpose string
	entity  entity
}

// newSystem draws a system from r.
func newSystem(r *rand.Rand) *system {
	s := &system{
		name:      pick(r, namePrefixes) + " " + pick(r, nameNouns),
		domain:    pick(r, domains),
		lang:      pick(r, languages),
		database:  pick(r, databases),
		cache:     pick(r, caches),
		queue:     pick(r, queues),
		platform:  pick(r, orchestrators),
		telemetry: pick(r, observability),
		gateway:   pick(r, gateways),
		architect: pick(r, firstNames) + " " + pick(r, lastNames) + " / " + pick(r, teamNames),
		date:      fmt.Sprintf("%d-%02d-%02d", 2024+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28)),
		version:   fmt.Sprintf("%d.%d", 1+r.IntN(3), r.IntN(10)),
		status:    pick(r, []string{"Draft", "Review", "Approved", "Approved"}),
	}
	if r.IntN(10) < 7 {
		s.time = fmt.Sprintf("%02d:%02d:00 UTC", 7+r.IntN(11), 5*r.IntN(12))
	}
	s.entities = pickSome(r, s.domain.entities, 2+r.IntN(len(s.domain.entities)-1))
	roles := pickSome(r, componentRoles, 3+r.IntN(3))
	for i, role := range roles {
		e := s.entities[i%len(s.entities)]
		s.components = append(s.components, component{
			name:    title(e.name) + " " + role.suffix,
			purpose: fmt.Sprintf(role.purpose, words(e.name)),
			entity:  e,
		})
	}
	s.p50Millis = 20 + 5*r.IntN(12)
	s.p95Millis = s.p50Millis*3 + 10*r.IntN(10)
	s.p99Millis = s.p95Millis*2 + 50*r.IntN(6)
	s.requestsPerS = 250 * (1 + r.IntN(40))
	s.availability = pick(r, []string{"99.9", "99.95", "99.99"})
	s.errorRate = pick(r, []string{"0.1", "0.5", "1"})
	s.engineers = 2 + r.IntN(6)
	s.weeks = 6 + 2*r.IntN(10)
	return s
}

// pick returns one element of xs at random.
func pick[T any](r *rand.Rand, xs []T) T {
	return xs[r.IntN(len(xs))]
}

// pickSome returns n distinct elements of xs in random order (all of them
// when n exceeds len(xs)).
func pickSome[T any](r *rand.Rand, xs []T, n int) []T {
	n = min(n, len(xs))
	order := r.Perm(len(xs))
	out := make([]T, n)
	for i := range n {
		out[i] = xs[order[i]]
	}
	return out
}

// words turns a snake_case name into words: "scan_event" → "scan event".
func words(name string) string {
	return strings.ReplaceAll(name, "_", " ")
}

// title turns a snake_case name into title case: "scan_event" → "Scan Event".
func title(name string) string {
	parts := strings.Split(name, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, " ")
}

// camel turns a snake_case name into UpperCamelCase: "scan_event" →
// "ScanEvent".
func camel(name string) string {
	return strings.ReplaceAll(title(name), " ", "")
}

// plural returns the English plural of a snake_case name, good enough for
// the entity names above.
func plural(name string) string {
	switch {
	case strings.HasSuffix(name, "y") && !strings.HasSuffix(name, "ay"):
		return name[:len(name)-1] + "ies"
	case strings.HasSuffix(name, "s"), strings.HasSuffix(name, "sh"):
		return name + "es"
	}
	return name + "s"
}

// slug turns a name into a lower-case, hyphenated file name part.
func slug(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), "-"))
}

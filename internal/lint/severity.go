package lint

import (
	"maps"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/model"
)

// severities applies the config's `rules`, its `overrides` and the
// --enable/--disable flags to findings.
type severities struct {
	rules     map[string]string
	overrides []config.Override
	enable    []string
	disable   []string
	match     *matcher
}

// newSeverities prepares the severity changes of cfg and the flags.
func newSeverities(cfg *config.Config, match *matcher, enable, disable []string) *severities {
	return &severities{
		rules:     cfg.Rules,
		overrides: cfg.Overrides,
		enable:    cleanIDs(enable),
		disable:   cleanIDs(disable),
		match:     match,
	}
}

// forFile returns the severity set for each rule in the file at path: the
// config's rules, then every matching override in order (later wins), then
// --enable (back to the rule's default when turned off) and --disable (off).
// A rule absent from the map keeps the severity its policy reported.
func (s *severities) forFile(path string) map[string]string {
	table := maps.Clone(s.rules)
	if table == nil {
		table = map[string]string{}
	}
	for _, o := range s.overrides {
		if s.match.matchAny(o.Files, path) {
			maps.Copy(table, o.Rules)
		}
	}
	for _, id := range s.enable {
		if table[id] == config.SeverityOff {
			delete(table, id)
		}
	}
	for _, id := range s.disable {
		table[id] = config.SeverityOff
	}
	return table
}

// apply sets the severity of each finding from table and drops the findings
// of rules turned off.
func apply(table map[string]string, findings []model.Finding) []model.Finding {
	kept := findings[:0]
	for _, f := range findings {
		severity, set := table[f.Rule]
		if set && severity == config.SeverityOff {
			continue
		}
		if set {
			f.Severity = severity
		}
		kept = append(kept, f)
	}
	return kept
}

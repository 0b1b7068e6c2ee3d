package lint

import (
	"path/filepath"

	"github.com/addlint/addlint/internal/model"
)

// configPathForDefaults is the path reported for unknown rule ids of a
// config that was not loaded from a file.
const configPathForDefaults = "<config>"

// configFindings reports the rule ids of the config's `rules` and
// `overrides` that are not known rules, as unknown-rule findings of the
// config file at each id's line. It returns nil when there are none left
// after the config's and the flags' severities.
func (r *runner) configFindings() *model.FileResult {
	if r.known == nil {
		return nil
	}
	path := configPathForDefaults
	if r.cfg.Path != "" {
		path = filepath.ToSlash(r.cfg.Path)
	}
	var findings []model.Finding
	for _, id := range r.cfg.RuleIDs() {
		if r.known[id] {
			continue
		}
		msg := unknownRuleMessage(id, r.opts.KnownRules) + " in the config; the setting has no effect"
		findings = append(findings, unknownRuleFinding(msg, r.cfg.RuleLines[id], 1, ""))
	}
	findings = apply(r.severities.forFile(r.cfg.Path), findings)
	if len(findings) == 0 {
		return nil
	}
	model.SortFindings(findings)
	return &model.FileResult{Path: path, Findings: findings}
}

package config

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"
)

// str decodes a string scalar.
func (d *decoder) str(n *yaml.Node, key string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" {
		return "", d.fail(n, key, "want a string, not %s", describe(n))
	}
	return n.Value, nil
}

// choice decodes a string that must be one of allowed.
func (d *decoder) choice(n *yaml.Node, key string, allowed []string) (string, error) {
	if n.Kind != yaml.ScalarNode || !slices.Contains(allowed, n.Value) {
		return "", d.fail(n, key, "want one of %s, not %s%s", strings.Join(allowed, ", "), describe(n), didYouMean(n.Value, allowed))
	}
	return n.Value, nil
}

// stringList decodes a list of non-empty strings; null means no list.
func (d *decoder) stringList(n *yaml.Node, key string) ([]string, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, d.fail(n, key, "want a list of strings, not %s", describe(n))
	}
	list := make([]string, 0, len(n.Content))
	for i, item := range n.Content {
		item = resolveAlias(item)
		name := fmt.Sprintf("%s[%d]", key, i)
		s, err := d.str(item, name)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(s) == "" {
			return nil, d.fail(item, name, "must not be empty")
		}
		list = append(list, s)
	}
	return list, nil
}

// globs decodes a list of doublestar globs relative to the config's
// directory.
func (d *decoder) globs(n *yaml.Node, key string) ([]string, error) {
	list, err := d.stringList(n, key)
	if err != nil {
		return nil, err
	}
	for i, glob := range list {
		name := fmt.Sprintf("%s[%d]", key, i)
		item := resolveAlias(n.Content[i])
		if err := checkGlob(glob); err != nil {
			return nil, d.fail(item, name, "%s", err.Error())
		}
	}
	return list, nil
}

// checkGlob explains why glob cannot be used, or returns nil.
func checkGlob(glob string) error {
	if strings.HasPrefix(glob, "/") || filepath.IsAbs(glob) {
		return fmt.Errorf("glob %q must be relative to the config's directory", glob)
	}
	if !doublestar.ValidatePattern(glob) {
		return fmt.Errorf("bad glob %q (unclosed [ or {, or a trailing \\)", glob)
	}
	return nil
}

// paths decodes a list of file or directory paths.
func (d *decoder) paths(n *yaml.Node, key string) ([]string, error) {
	return d.stringList(n, key)
}

// severities decodes a mapping of rule ids to severities, recording the line
// of each rule id in RuleLines.
func (d *decoder) severities(n *yaml.Node, key string) (map[string]string, error) {
	if isNull(n) {
		return map[string]string{}, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, d.fail(n, key, "want a mapping of rule ids to %s, not %s", strings.Join(Severities, ", "), describe(n))
	}
	rules := map[string]string{}
	err := d.eachKey(n, key, nil, func(id string, keyNode, value *yaml.Node) error {
		name := join(key, id)
		if strings.TrimSpace(id) == "" {
			return d.fail(keyNode, name, "a rule id must not be empty")
		}
		severity, err := d.choice(value, name, Severities)
		if err != nil {
			return err
		}
		rules[id] = severity
		if _, seen := d.cfg.RuleLines[id]; !seen {
			d.cfg.RuleLines[id] = keyNode.Line
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rules, nil
}

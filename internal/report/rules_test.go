package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestWriteRulesGolden(t *testing.T) {
	for _, format := range RuleFormats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteRules(&buf, fixtureRules(), format); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "rules."+format+".golden", buf.Bytes())
		})
	}
}

func TestWriteRulesJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteRules(&buf, fixtureRules(), RulesFormatJSON); err != nil {
		t.Fatal(err)
	}
	var got rulesJSON
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 1 || !reflect.DeepEqual(got.Rules, fixtureRules()) {
		t.Errorf("round trip = %+v, want version 1 and the fixture rules", got)
	}
	buf.Reset()
	if err := WriteRules(&buf, nil, RulesFormatJSON); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"rules": []`) {
		t.Errorf("no rules should give an empty list:\n%s", buf.String())
	}
}

func TestWriteRulesUnknownFormat(t *testing.T) {
	err := WriteRules(&bytes.Buffer{}, fixtureRules(), "yaml")
	if err == nil {
		t.Fatal("WriteRules(yaml) succeeded")
	}
	for _, format := range RuleFormats() {
		if !strings.Contains(err.Error(), format) {
			t.Errorf("error %q does not list format %q", err, format)
		}
	}
}

func TestWriteRulesWriteError(t *testing.T) {
	for _, format := range RuleFormats() {
		if err := WriteRules(failingWriter{}, fixtureRules(), format); err == nil {
			t.Errorf("%s: a failing writer gave no error", format)
		}
	}
}

func TestWriteExplainGolden(t *testing.T) {
	for _, rule := range fixtureRules() {
		for _, colored := range []bool{false, true} {
			name := "explain." + rule.ID
			if colored {
				name += ".color"
			}
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteExplain(&buf, rule, colored); err != nil {
					t.Fatal(err)
				}
				if !colored && strings.Contains(buf.String(), "\x1b") {
					t.Error("uncoloured explanation holds an escape character")
				}
				checkGolden(t, name+".golden", buf.Bytes())
			})
		}
	}
}

func TestWriteExplainWriteError(t *testing.T) {
	if err := WriteExplain(failingWriter{}, fixtureRules()[0], false); err == nil {
		t.Error("a failing writer gave no error")
	}
}

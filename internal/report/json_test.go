package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

func TestJSONRoundTrip(t *testing.T) {
	out := render(t, FormatJSON, Options{}, fixtureInput())
	var got struct {
		Version int `json:"version"`
		Files   []struct {
			Path     string          `json:"path"`
			Status   string          `json:"status"`
			Findings []model.Finding `json:"findings"`
		} `json:"files"`
		Errors  []model.FileError `json:"errors"`
		Summary map[string]int    `json:"summary"`
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	in := fixtureInput()
	if got.Version != 1 || len(got.Files) != 2 {
		t.Fatalf("version %d with %d files, want 1 with 2", got.Version, len(got.Files))
	}
	if !reflect.DeepEqual(got.Files[0].Findings, in.Files[0].Findings) {
		t.Errorf("findings changed in the round trip:\n got %+v\nwant %+v", got.Files[0].Findings, in.Files[0].Findings)
	}
	if got.Files[1].Findings == nil || len(got.Files[1].Findings) != 0 {
		t.Errorf("clean file findings = %#v, want []", got.Files[1].Findings)
	}
	if !reflect.DeepEqual(got.Errors, in.Errors) {
		t.Errorf("errors = %+v, want %+v", got.Errors, in.Errors)
	}
	want := map[string]int{"files": 2, "errors": 2, "warnings": 2, "infos": 1}
	if !reflect.DeepEqual(got.Summary, want) {
		t.Errorf("summary = %v, want %v", got.Summary, want)
	}
}

func TestJSONShape(t *testing.T) {
	tests := map[string]Input{"fixture": fixtureInput(), "empty": {}}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			out := render(t, FormatJSON, Options{}, in)
			var top map[string]json.RawMessage
			if err := json.Unmarshal(out, &top); err != nil {
				t.Fatal(err)
			}
			keys := make([]string, 0, len(top))
			for k := range top {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			if want := []string{"errors", "files", "summary", "version"}; !slices.Equal(keys, want) {
				t.Errorf("top-level keys %v, want %v", keys, want)
			}
			for _, list := range []string{"files", "errors"} {
				if string(top[list]) == "null" {
					t.Errorf("%s is null, want a list", list)
				}
			}
			if !bytes.HasSuffix(out, []byte("}\n")) || !bytes.HasPrefix(out, []byte("{\n  \"version\": 1,\n")) {
				t.Errorf("output is not indented by two spaces with a trailing newline:\n%s", out)
			}
		})
	}
}

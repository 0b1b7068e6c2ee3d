package markdown

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestScratchDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := json.MarshalIndent(doc, "", "  ")
	os.WriteFile("/tmp/dump.json", out, 0o644)
	_ = fmt.Sprint()
}

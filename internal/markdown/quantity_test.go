package markdown

import (
	"reflect"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

func q(value float64, unit, text string) model.Quantity {
	return model.Quantity{Value: value, Unit: unit, Text: text}
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		text string
		want []model.Quantity
	}{
		// Numbers with units.
		{"p99 < 250 ms", []model.Quantity{q(250, "ms", "250 ms")}},
		{"1,000 req/s", []model.Quantity{q(1000, "req/s", "1,000 req/s")}},
		{"99.95%", []model.Quantity{q(99.95, "%", "99.95%")}},
		{"99.9 %", []model.Quantity{q(99.9, "%", "99.9 %")}},
		{"10k rps", []model.Quantity{q(10000, "rps", "10k rps")}},
		{"2 GB", []model.Quantity{q(2, "GB", "2 GB")}},
		{"<= 200ms", []model.Quantity{q(200, "ms", "200ms")}},
		{"1.5M events/day", []model.Quantity{q(1.5e6, "events/day", "1.5M events/day")}},
		{"1000", []model.Quantity{q(1000, "", "1000")}},
		{"10,000,000 users", []model.Quantity{q(1e7, "users", "10,000,000 users")}},
		{"500 requests per second", []model.Quantity{q(500, "req/s", "500 requests per second")}},
		{"300 requests/s", []model.Quantity{q(300, "req/s", "300 requests/s")}},
		{"50 ops/sec and 20 msg/s", []model.Quantity{q(50, "ops/s", "50 ops/sec"), q(20, "msg/s", "20 msg/s")}},
		{"200 events/s", []model.Quantity{q(200, "events/s", "200 events/s")}},
		{"120 MB/s", []model.Quantity{q(120, "MB/s", "120 MB/s")}},
		{"5 qps, 7 tps, 3 QPS", []model.Quantity{q(5, "qps", "5 qps"), q(7, "tps", "7 tps"), q(3, "qps", "3 QPS")}},
		{"40 ns, 15 µs, 15us", []model.Quantity{q(40, "ns", "40 ns"), q(15, "µs", "15 µs"), q(15, "µs", "15us")}},
		{"2 s, 3 sec, 4 secs, 5 seconds", []model.Quantity{q(2, "s", "2 s"), q(3, "s", "3 sec"), q(4, "s", "4 secs"), q(5, "s", "5 seconds")}},
		{"1 min, 30 minutes, 5-minute window", []model.Quantity{q(1, "min", "1 min"), q(30, "min", "30 minutes"), q(5, "min", "5-minute")}},
		{"2 h, 3 hr, 24 hours, 7 days, 1 d", []model.Quantity{q(2, "h", "2 h"), q(3, "h", "3 hr"), q(24, "h", "24 hours"), q(7, "d", "7 days"), q(1, "d", "1 d")}},
		{"512 B, 64 KB, 256 MB, 2 TB", []model.Quantity{q(512, "B", "512 B"), q(64, "KB", "64 KB"), q(256, "MB", "256 MB"), q(2, "TB", "2 TB")}},
		{"512MiB, 1 GiB, 4 KiB, 1 TiB", []model.Quantity{q(512, "MiB", "512MiB"), q(1, "GiB", "1 GiB"), q(4, "KiB", "4 KiB"), q(1, "TiB", "1 TiB")}},
		{"100 Mbps, 10 Gbps, 64 Kbps", []model.Quantity{q(100, "Mbps", "100 Mbps"), q(10, "Gbps", "10 Gbps"), q(64, "Kbps", "64 Kbps")}},
		{"10,000 connections for 3 users", []model.Quantity{q(10000, "connections", "10,000 connections"), q(3, "users", "3 users")}},
		{"10x faster", []model.Quantity{q(10, "x", "10x")}},
		{"latency:200ms", []model.Quantity{q(200, "ms", "200ms")}},
		{"延迟低于5ms", []model.Quantity{q(5, "ms", "5ms")}},
		{"~250ms (p95)", []model.Quantity{q(250, "ms", "250ms")}},
		{"100-200 ms", []model.Quantity{q(100, "", "100"), q(200, "ms", "200 ms")}},
		{"3 replicas and 2 vCPUs", []model.Quantity{q(3, "replicas", "3 replicas"), q(2, "vcpu", "2 vCPUs")}},
		{"Sentence ends with 42.", []model.Quantity{q(42, "", "42")}},
		{"1.5M", []model.Quantity{q(1.5e6, "", "1.5M")}},

		// Not quantities.
		{"1.2", []model.Quantity{}},
		{"v2.0", []model.Quantity{}},
		{"1.2.3", []model.Quantity{}},
		{"2.3 (Final)", []model.Quantity{}},
		{"Go 1.26 and Python 3.11", []model.Quantity{}},
		{"2024-01-31", []model.Quantity{}},
		{"2024-01", []model.Quantity{}},
		{"31/01/2024", []model.Quantity{}},
		{"12:30", []model.Quantity{}},
		{"10:30:00 UTC", []model.Quantity{}},
		{"p99", []model.Quantity{}},
		{"P95 latency", []model.Quantity{}},
		{"S3, HS256, ec2, H1, IPv4, x86_64", []model.Quantity{}},
		{"RFC-7231 and #74", []model.Quantity{}},
		{"HTTP/2", []model.Quantity{}},
		{"1. Executive Summary", []model.Quantity{}},
		{"2) Scope", []model.Quantity{}},
		{"3rd party and 4xx errors", []model.Quantity{}},
		{"", []model.Quantity{}},
		{"no numbers here", []model.Quantity{}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Quantities(tt.text)
			if got == nil {
				t.Fatal("Quantities returned nil")
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Quantities(%q)\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

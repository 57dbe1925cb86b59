package fetch

import (
	"net/netip"
	"strings"
	"testing"
)

func TestRefusal(t *testing.T) {
	for _, tc := range []struct {
		addr         string
		strict       string // reason with AllowPrivate off ("" = allowed)
		allowPrivate string // reason with AllowPrivate on
	}{
		{"93.184.215.14", "", ""},
		{"2606:2800:21f:cb07:6820:80da:af6b:8b2c", "", ""},
		{"127.0.0.1", "loopback", ""},
		{"127.255.0.9", "loopback", ""},
		{"::1", "loopback", ""},
		{"10.0.0.1", "private", ""},
		{"172.16.5.4", "private", ""},
		{"172.32.0.1", "", ""},
		{"192.168.1.1", "private", ""},
		{"169.254.1.1", "link-local", ""},
		{"169.254.169.254", "metadata", "metadata"},
		{"fd00:ec2::254", "metadata", "metadata"},
		{"100.64.0.1", "shared", ""},
		{"100.127.255.255", "shared", ""},
		{"100.128.0.1", "", ""},
		{"fc00::1", "unique-local", ""},
		{"fd12:3456::1", "unique-local", ""},
		{"fe80::1", "link-local", ""},
		{"fe80::1%eth0", "link-local", ""},
		{"0.0.0.0", "unspecified", "unspecified"},
		{"0.1.2.3", "unspecified", "unspecified"},
		{"::", "unspecified", "unspecified"},
		{"255.255.255.255", "broadcast", "broadcast"},
		{"224.0.0.1", "multicast", "multicast"},
		{"ff02::1", "multicast", "multicast"},
		{"240.0.0.1", "reserved", "reserved"},
		{"192.0.2.1", "documentation", "documentation"},
		{"2001:db8::1", "documentation", "documentation"},
		{"::ffff:127.0.0.1", "IPv4-mapped form of loopback", ""},
		{"::ffff:169.254.169.254", "IPv4-mapped form of the cloud metadata", "metadata"},
		{"::ffff:93.184.215.14", "", ""},
		{"::127.0.0.1", "IPv4-compatible", "IPv4-compatible"},
		{"64:ff9b::127.0.0.1", "NAT64 form of loopback", ""},
		{"64:ff9b::10.0.0.1", "NAT64 form of a private", ""},
		{"64:ff9b::169.254.169.254", "NAT64 form of the cloud metadata", "metadata"},
		{"64:ff9b::93.184.215.14", "", ""},
		{"64:ff9b:1::1", "local-use NAT64", ""},
		{"2002:7f00:1::1", "6to4 form of loopback", ""},
		{"2002:a9fe:a9fe::1", "6to4 form of the cloud metadata", "metadata"},
		{"2002:5db8:d70e::1", "", ""},
		{"2001:0:4136:e378::1", "Teredo", "Teredo"},
	} {
		ip := netip.MustParseAddr(tc.addr)
		for _, allow := range []bool{false, true} {
			want := tc.strict
			if allow {
				want = tc.allowPrivate
			}
			got := refusal(ip, allow)
			if (want == "") != (got == "") || !strings.Contains(got, want) {
				t.Errorf("refusal(%s, allowPrivate=%v) = %q, want %q", tc.addr, allow, got, want)
			}
		}
	}
}

// TestControl: the hook the dialer calls with the socket's address refuses what
// refusal refuses, ports not allowed, other networks and anything unparsable.
func TestControl(t *testing.T) {
	g := &guard{ports: map[uint16]bool{80: true, 443: true}}
	for _, tc := range []struct {
		network, address string
		ok               bool
	}{
		{"tcp4", "93.184.215.14:443", true},
		{"tcp6", "[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:80", true},
		{"tcp4", "127.0.0.1:80", false},
		{"tcp6", "[::ffff:127.0.0.1]:80", false},
		{"tcp6", "[fe80::1%eth0]:80", false},
		{"tcp4", "93.184.215.14:22", false},
		{"udp4", "93.184.215.14:443", false},
		{"tcp", "localhost:80", false},
	} {
		err := g.control(tc.network, tc.address, nil)
		if (err == nil) != tc.ok {
			t.Errorf("control(%s, %s) = %v, want ok=%v", tc.network, tc.address, err, tc.ok)
		}
	}
}

package fetch

import (
	"fmt"
	"net/netip"
	"syscall"
)

// Address classes. never are refused whatever the configuration; private are
// refused unless Config.AllowPrivate is set (an intranet).
var (
	never = []class{
		{netip.MustParsePrefix("0.0.0.0/8"), "the unspecified network 0.0.0.0/8"},
		{netip.MustParsePrefix("255.255.255.255/32"), "the broadcast address"},
		{netip.MustParsePrefix("224.0.0.0/4"), "a multicast address"},
		{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
		{netip.MustParsePrefix("192.0.2.0/24"), "a documentation address"},
		{netip.MustParsePrefix("198.51.100.0/24"), "a documentation address"},
		{netip.MustParsePrefix("203.0.113.0/24"), "a documentation address"},
		// Cloud metadata services: an intranet has no articles there.
		{netip.MustParsePrefix("169.254.169.254/32"), "the cloud metadata address"},
		{netip.MustParsePrefix("169.254.170.2/32"), "the cloud metadata address"},
		{netip.MustParsePrefix("100.100.100.200/32"), "the cloud metadata address"},
		{netip.MustParsePrefix("fd00:ec2::254/128"), "the cloud metadata address"},
		{netip.MustParsePrefix("::/128"), "the unspecified address ::"},
		{netip.MustParsePrefix("ff00::/8"), "a multicast address"},
		{netip.MustParsePrefix("100::/64"), "a discard-only address"},
		{netip.MustParsePrefix("2001:db8::/32"), "a documentation address"},
		{netip.MustParsePrefix("3fff::/20"), "a documentation address"},
		{netip.MustParsePrefix("2001::/32"), "a Teredo tunnel address"},
	}
	private = []class{
		{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
		{netip.MustParsePrefix("10.0.0.0/8"), "a private network address"},
		{netip.MustParsePrefix("172.16.0.0/12"), "a private network address"},
		{netip.MustParsePrefix("192.168.0.0/16"), "a private network address"},
		{netip.MustParsePrefix("169.254.0.0/16"), "a link-local address"},
		{netip.MustParsePrefix("100.64.0.0/10"), "a shared (carrier-grade NAT) address"},
		{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
		{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking network address"},
		{netip.MustParsePrefix("::1/128"), "loopback"},
		{netip.MustParsePrefix("fc00::/7"), "a unique-local address"},
		{netip.MustParsePrefix("fe80::/10"), "a link-local address"},
		{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
		{netip.MustParsePrefix("64:ff9b:1::/48"), "a local-use NAT64 address"},
	}
	// IPv6 forms that carry an IPv4 address, which is checked in its turn.
	compat = netip.MustParsePrefix("::/96")        // IPv4-compatible (deprecated)
	nat64  = netip.MustParsePrefix("64:ff9b::/96") // well-known NAT64 prefix
	sixTo4 = netip.MustParsePrefix("2002::/16")    // 6to4
)

type class struct {
	prefix netip.Prefix
	name   string
}

// refusal says why a connection to ip is refused, or returns "" when it is allowed.
func refusal(ip netip.Addr, allowPrivate bool) string {
	if !ip.IsValid() {
		return "not an IP address"
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		if why := refusal(ip.Unmap(), allowPrivate); why != "" {
			return "the IPv4-mapped form of " + why
		}
		return ""
	}
	for _, c := range never {
		if c.prefix.Contains(ip) {
			return c.name
		}
	}
	if !allowPrivate {
		for _, c := range private {
			if c.prefix.Contains(ip) {
				return c.name
			}
		}
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case compat.Contains(ip) && ip != netip.IPv6Loopback():
			return "a deprecated IPv4-compatible address"
		case nat64.Contains(ip):
			if why := refusal(netip.AddrFrom4([4]byte(b[12:16])), allowPrivate); why != "" {
				return "the NAT64 form of " + why
			}
			return ""
		case sixTo4.Contains(ip):
			if why := refusal(netip.AddrFrom4([4]byte(b[2:6])), allowPrivate); why != "" {
				return "the 6to4 form of " + why
			}
			return ""
		}
	}
	if !ip.IsGlobalUnicast() && !(allowPrivate && (ip.IsLoopback() || ip.IsLinkLocalUnicast())) {
		return "not a global unicast address"
	}
	return ""
}

// guard is the dialer's Control hook: it sees the address a socket is about to
// connect to, after any name lookup, and refuses the classes above and any port
// that is not allowed. Every connection the fetcher makes passes through it.
type guard struct {
	allowPrivate bool
	ports        map[uint16]bool
}

func (g *guard) control(network, address string, _ syscall.RawConn) error {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return &refusedError{addr: address, why: fmt.Sprintf("the network %q is not used for pages", network)}
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &refusedError{addr: address, why: "it is not an IP address and port"}
	}
	if why := refusal(ap.Addr(), g.allowPrivate); why != "" {
		return &refusedError{addr: ap.Addr().WithZone("").String(), why: why}
	}
	if !g.ports[ap.Port()] {
		return &refusedError{addr: address, why: fmt.Sprintf("port %d is not one this server fetches from", ap.Port()), port: true}
	}
	return nil
}

// refusedError is the guard's refusal of one address.
type refusedError struct {
	addr string
	why  string
	port bool // the port is refused, not the address
}

func (e *refusedError) Error() string {
	return fmt.Sprintf("the address %s is refused (%s)", e.addr, e.why)
}

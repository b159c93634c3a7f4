"""Which network addresses the fetcher may contact: a pure policy, no I/O.

Feeds are user-supplied URLs, and redirects are server-supplied, so without a policy the
service could be steered at cloud metadata endpoints, the LAN or itself (SSRF). Only
globally routable unicast addresses are allowed unless the operator lists a host or network.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.errors import BlockedAddressError, ConfigError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_HOST_NAME = re.compile(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$")
_NUMERIC_HOST = re.compile(r"^[0-9.]+$")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_ULA = ipaddress.ip_network("fc00::/7")


def normalize_host(host: str) -> str:
    """Lower-case a URL host and drop IPv6 brackets and the trailing root dot."""
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host.removesuffix(".")


def parse_ip(text: str) -> IPAddress | None:
    """The address a host string literally names, or None for a host name."""
    try:
        return ipaddress.ip_address(normalize_host(text).split("%", 1)[0])
    except ValueError:
        return None


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address tunnels to (mapped, 6to4, Teredo, NAT64), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal_reason(ip: IPAddress) -> str | None:
    """Why an address is not publicly routable unicast, or None when it is."""
    inner = embedded_ipv4(ip)
    if inner is not None:
        return refusal_reason(inner)
    # Order matters: the most specific, most recognisable name first.
    checks = (
        (ip.is_unspecified, "unspecified"),
        (ip.is_loopback, "loopback"),
        (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"),
        (ip in _CGNAT, "shared/CGNAT"),
        (ip in _ULA, "unique-local"),
        (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local, "site-local"),
        (ip.is_reserved, "reserved"),
        (ip.is_private, "private"),
        (not ip.is_global, "not globally routable"),
    )
    return next((reason for hit, reason in checks if hit), None)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses are allowed; others only when their host or network is listed."""

    allowed_hosts: frozenset[str] = frozenset()
    allowed_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_allow_list(cls, entries: Iterable[str]) -> AddressPolicy:
        """Build from settings entries: host names, single IPs or CIDR networks."""
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = normalize_host(raw)
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            if not _HOST_NAME.match(entry) or _NUMERIC_HOST.match(entry):
                raise ConfigError(f"allow_private: {raw!r} is neither a host name nor a network")
            hosts.add(entry)
        return cls(frozenset(hosts), tuple(networks))

    def host_allowed(self, host: str) -> bool:
        """True when the operator listed this host name (any address it resolves to is fine)."""
        return normalize_host(host) in self.allowed_hosts

    def allows_ip(self, ip: IPAddress | str, host: str) -> bool:
        """True when connecting to `ip` on behalf of `host` is permitted."""
        address = ip if not isinstance(ip, str) else parse_ip(ip)
        if address is None:
            return False
        if refusal_reason(address) is None or self.host_allowed(host):
            return True
        nets = (net for net in self.allowed_networks if net.version == address.version)
        return any(address in net for net in nets)

    def check_ip(self, ip: IPAddress | str, host: str) -> None:
        """Raise BlockedAddressError unless connecting to `ip` for `host` is permitted."""
        if self.allows_ip(ip, host):
            return
        address = ip if not isinstance(ip, str) else parse_ip(ip)
        reason = refusal_reason(address) if address is not None else "not an IP address"
        shown = host if normalize_host(host) == normalize_host(str(ip)) else f"{host} -> {ip}"
        raise BlockedAddressError(f"refused address {shown} ({reason})")

    def check_host(self, host: str) -> None:
        """Check a URL host before any lookup: IP literals fully, names for sanity only.

        Names are checked again on every address they resolve to (see the fetcher's resolver).
        """
        name = normalize_host(host)
        if not name:
            raise BlockedAddressError("refused URL without a host")
        ip = parse_ip(name)
        if ip is not None:
            self.check_ip(ip, host)
            return
        # Legacy numeric forms ("2130706433", "127.1") that resolvers map onto an address.
        if _NUMERIC_HOST.match(name):
            raise BlockedAddressError(f"refused host {host} (not a canonical IP address)")

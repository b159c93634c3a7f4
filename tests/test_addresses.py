"""The address policy: which hosts and IPs the fetcher may contact."""

from __future__ import annotations

import ipaddress

import pytest

from pipeline.addresses import AddressPolicy, embedded_ipv4, parse_ip, refusal_reason
from pipeline.errors import BlockedAddressError, ConfigError

STRICT = AddressPolicy.from_allow_list([])


@pytest.mark.parametrize(
    ("ip", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.255.255.1", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("100.64.0.1", "shared/CGNAT"),
        ("fd00::1", "unique-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("192.0.2.1", "private"),  # documentation range
        ("::ffff:10.0.0.1", "private"),  # IPv4-mapped
        ("2002:a00:1::", "private"),  # 6to4 wrapping 10.0.0.1
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 wrapping 169.254.169.254
    ],
)
def test_non_public_addresses_are_refused_with_reason(ip: str, reason: str) -> None:
    address = parse_ip(ip)
    assert address is not None
    assert refusal_reason(address) == reason
    with pytest.raises(BlockedAddressError, match=reason):
        STRICT.check_ip(ip, ip)


@pytest.mark.parametrize("ip", ["8.8.8.8", "151.101.1.140", "2606:4700:4700::1111", "1.1.1.1"])
def test_public_addresses_are_allowed(ip: str) -> None:
    assert STRICT.allows_ip(ip, "news.example.com")
    STRICT.check_ip(ip, "news.example.com")


def test_embedded_ipv4_unwraps_mapped_addresses() -> None:
    assert embedded_ipv4(ipaddress.ip_address("::ffff:127.0.0.1")) == ipaddress.ip_address(
        "127.0.0.1"
    )
    assert embedded_ipv4(ipaddress.ip_address("2606:4700::1111")) is None
    assert embedded_ipv4(ipaddress.ip_address("8.8.8.8")) is None


def test_allow_list_parses_hosts_ips_and_networks() -> None:
    policy = AddressPolicy.from_allow_list(["Localhost.", "127.0.0.1", "10.0.0.0/8", "[::1]"])
    assert policy.allowed_hosts == frozenset({"localhost"})
    assert ipaddress.ip_network("127.0.0.1/32") in policy.allowed_networks
    assert ipaddress.ip_network("10.0.0.0/8") in policy.allowed_networks
    assert ipaddress.ip_network("::1/128") in policy.allowed_networks


@pytest.mark.parametrize("entry", ["10.0.0.0/33", "bad host", "", "127.1"])
def test_allow_list_rejects_junk_entries(entry: str) -> None:
    with pytest.raises(ConfigError, match="allow_private"):
        AddressPolicy.from_allow_list([entry])


def test_network_allowance_covers_only_that_network() -> None:
    policy = AddressPolicy.from_allow_list(["10.1.0.0/16"])
    assert policy.allows_ip("10.1.2.3", "feeds.internal")
    assert not policy.allows_ip("10.2.0.1", "feeds.internal")
    assert not policy.allows_ip("127.0.0.1", "feeds.internal")


def test_host_allowance_covers_any_address_of_that_host_only() -> None:
    policy = AddressPolicy.from_allow_list(["feeds.internal"])
    assert policy.allows_ip("10.9.9.9", "feeds.internal")
    assert policy.allows_ip("10.9.9.9", "FEEDS.internal.")
    assert not policy.allows_ip("10.9.9.9", "evil.example.com")


def test_check_ip_names_host_and_address_for_resolved_names() -> None:
    with pytest.raises(BlockedAddressError, match=r"^refused address evil\.test -> 10\.0\.0\.1"):
        STRICT.check_ip("10.0.0.1", "evil.test")


@pytest.mark.parametrize("host", ["127.0.0.1", "[::1]", "169.254.169.254", "0.0.0.0"])
def test_check_host_refuses_private_ip_literals(host: str) -> None:
    with pytest.raises(BlockedAddressError):
        STRICT.check_host(host)


@pytest.mark.parametrize("host", ["2130706433", "127.1", "0177.0.0.1"])
def test_check_host_refuses_legacy_numeric_hosts(host: str) -> None:
    with pytest.raises(BlockedAddressError, match="not a canonical IP address"):
        STRICT.check_host(host)


def test_check_host_refuses_empty_host() -> None:
    with pytest.raises(BlockedAddressError, match="without a host"):
        STRICT.check_host("")


def test_check_host_leaves_names_to_the_resolver_check() -> None:
    STRICT.check_host("news.example.com")  # checked again on each resolved address
    STRICT.check_host("localhost")


def test_check_host_accepts_allowed_ip_literal() -> None:
    AddressPolicy.from_allow_list(["127.0.0.0/8"]).check_host("127.0.0.1")

"""News monitor for local custodial agencies handing people over to ICE."""

__version__ = "0.1.0"
USER_AGENT_PRODUCT = "ice-handover-monitor"

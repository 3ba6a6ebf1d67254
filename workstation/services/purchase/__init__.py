"""Autopurchase: booking, synchronisation, binding, unbinding and recalculation."""

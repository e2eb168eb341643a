package vn.thidua.pledge;

/** Who did something to a pledge, as its history and signatures record them. */
public record Actor(long userId, String name) {}

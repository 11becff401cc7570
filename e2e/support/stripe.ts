/**
 * The port the Stripe stand-in (tests/support/stripe-stand-in.ts) listens on
 * in the journeys: the app under test is started with STRIPE_API_URL pointing
 * at it (global-setup.ts), and the card-payment spec starts it there.
 */
export const STRIPE_STAND_IN_PORT = Number(process.env.E2E_STRIPE_PORT ?? 3319);
export const STRIPE_STAND_IN_URL = `http://127.0.0.1:${STRIPE_STAND_IN_PORT}`;

package io.taskgate.devstack.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench's chat requests: a realistic mix for the demo task "Checkout REST API" (short questions, a pasted
 * class, a pasted log, a multi-turn chat that is sent again with a new turn, YAML), every request's text unique
 * (a sequence number and a varying identifier), so that no cache can answer for a detector. The same bodies go to
 * every target of a comparison.
 */
final class PromptMix {

    private static final List<String> SHORT = List.of(
            "write a junit 5 test for CartService.addItem when the quantity is 0 (case %d)",
            "why does my @Transactional on checkout() not roll back when the payment call throws? order #%d",
            "refactor this to use Optional: if (cart.getCoupon() != null) return cart.getCoupon().rate(); ref %d",
            "how do i map PaymentDeclinedException to a 402 in jakarta rest? ticket %d",
            "bitte schreib mir eine Methode, die den Warenkorb-Gesamtpreis mit BigDecimal rundet (id %d)",
            "order confirmation mail is sent twice on retry, idempotency key idea? case %d");

    private static final String CODE = """
            can you review this, the total is off by a cent sometimes (build %d)

            ```java
            @Path("/checkout")
            public class CheckoutResource {
                @Inject CartRepository carts;
                @Inject PaymentClient payments;

                @POST
                @Path("/{cartId}/pay")
                public Response pay(@PathParam("cartId") String cartId, PaymentRequest request) {
                    Cart cart = carts.find(cartId).orElseThrow(NotFoundException::new);
                    double total = 0;
                    for (Item item : cart.items()) {
                        total += item.price() * item.quantity();
                    }
                    if (cart.coupon() != null) {
                        total = total * (1 - cart.coupon().rate());
                    }
                    PaymentResult result = payments.charge(request.token(), total, "EUR");
                    if (!result.ok()) {
                        return Response.status(402).entity(result.reason()).build();
                    }
                    carts.markPaid(cartId, result.id());
                    return Response.ok(new Receipt(cartId, result.id(), total)).build();
                }
            }
            ```
            """;

    private static final String LOG = """
            checkout fails in staging, log below, what is going on? run %d
            2026-12-04 10:14:03,112 ERROR [io.acme.checkout.PaymentClient] (executor-thread-7) charge failed
            jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out
                at org.jboss.resteasy.client.jaxrs.engines.ManualClosingApacheHttpClient43Engine.invoke(ManualClosingApacheHttpClient43Engine.java:299)
                at io.acme.checkout.PaymentClient.charge(PaymentClient.java:58)
                at io.acme.checkout.CheckoutResource.pay(CheckoutResource.java:41)
            Caused by: java.net.SocketTimeoutException: Read timed out
                at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)
            2026-12-04 10:14:03,118 WARN  [io.acme.checkout.OrderMailer] order 88123 left in state PENDING_PAYMENT
            """;

    private static final String YAML = """
            is this openapi ok for the cart endpoint? v%d
            paths:
              /carts/{cartId}/items:
                post:
                  summary: Add an item to the cart
                  parameters:
                    - name: cartId
                      in: path
                      required: true
                      schema: { type: string }
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/CartItem' }
                  responses:
                    '201': { description: Created }
                    '409': { description: Item out of stock }
            """;

    private final AtomicLong sequence = new AtomicLong();

    /** The next request body: eight kinds in turn, each made unique. */
    String next(boolean stream) {
        long n = sequence.incrementAndGet();
        String tail = stream ? ",\"stream\":true" : "";
        return switch ((int) (n % 8)) {
            case 0, 1, 2 -> single(String.format(SHORT.get((int) (n % SHORT.size())), n), tail);
            case 3 -> single(String.format(CODE, n), tail);
            case 4 -> single(String.format(LOG, n), tail);
            case 5 -> single(String.format(YAML, n), tail);
            default -> conversation(n, tail);
        };
    }

    private static String single(String text, String tail) {
        return "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":" + quote(text) + "}]" + tail + "}";
    }

    /** A coding tool's chat: its system prompt, earlier turns sent again, and one new user turn. */
    private static String conversation(long n, String tail) {
        return "{\"model\":\"gpt-4o-mini\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are a coding assistant in the developer's IDE. Answer with code.\"},"
                + "{\"role\":\"user\",\"content\":\"the cart total must be a BigDecimal, show me the change\"},"
                + "{\"role\":\"assistant\",\"content\":" + quote(String.format(CODE, 1)) + "},"
                + "{\"role\":\"user\",\"content\":" + quote("now add a test for the coupon rounding, case " + n) + "}]"
                + tail + "}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

package io.taskgate.core.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** The asymmetric JWS algorithms accepted; {@code none} and HMAC are absent on purpose. */
enum JwsAlgorithm {
    RS256("SHA256withRSA", 0), RS384("SHA384withRSA", 0), RS512("SHA512withRSA", 0),
    PS256("RSASSA-PSS", 256), PS384("RSASSA-PSS", 384), PS512("RSASSA-PSS", 512),
    ES256("SHA256withECDSA", 0), ES384("SHA384withECDSA", 0), ES512("SHA512withECDSA", 0);

    private final String jcaName;
    private final int pssBits;

    JwsAlgorithm(String jcaName, int pssBits) {
        this.jcaName = jcaName;
        this.pssBits = pssBits;
    }

    static Optional<JwsAlgorithm> byName(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }

    String jcaName() {
        return jcaName;
    }

    boolean fits(PublicKey key) {
        return name().startsWith("ES") ? key instanceof ECPublicKey : key instanceof RSAPublicKey;
    }

    void configure(Signature signature) throws GeneralSecurityException {
        if (pssBits > 0) {
            String digest = "SHA-" + pssBits;
            signature.setParameter(new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest), pssBits / 8, 1));
        }
    }
}

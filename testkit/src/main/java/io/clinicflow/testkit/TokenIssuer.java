package io.clinicflow.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.clinicflow.security.StaffRole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Signs staff tokens (RS256) with a key pair made when it starts: the tests' and the local stack's stand-in for the
 * chain's identity provider (ADR 0026). Services verify with {@link #publicKeyLocation()}; token time is wall-clock
 * time, not the business clock, which tests and the demo move by days.
 */
public final class TokenIssuer {

    /** The {@code iss} of its tokens: what the services expect unless {@code clinicflow.security.issuer} says else. */
    public static final String ISSUER = "clinicflow-local";
    /** The {@code aud} of its tokens: every ClinicFlow service and the dashboard accept only this audience. */
    public static final String AUDIENCE = "clinicflow";

    private static TokenIssuer ofThisJvm;

    private final RSAKey key;
    private final Clock wallClock;
    private final Path publicKeyFile;
    private final String issuer;
    private final String audience;

    private TokenIssuer(RSAKey key, Clock wallClock, Path publicKeyFile, String issuer, String audience) {
        this.key = key;
        this.wallClock = wallClock;
        this.publicKeyFile = publicKeyFile;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** The issuer whose public key every service started in this JVM trusts. */
    public static synchronized TokenIssuer ofThisJvm() {
        if (ofThisJvm == null) {
            ofThisJvm = generate();
        }
        return ofThisJvm;
    }

    /** A new issuer with its own key pair: its tokens are "wrongly signed" for services that trust another. */
    public static TokenIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            return new TokenIssuer(key, Clock.systemUTC(), writePem(key), ISSUER, AUDIENCE);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** The same key under another issuer name or for another audience: its tokens verify, and must still be refused. */
    public TokenIssuer claiming(String issuer, String audience) {
        return new TokenIssuer(key, wallClock, publicKeyFile, issuer, audience);
    }

    /** The signed JWT (compact form) for a bearer header. */
    public String mint(StaffToken token) {
        Instant now = wallClock.instant();
        Instant expiresAt = now.plus(token.lifetime());
        Instant issuedAt = token.lifetime().isNegative() ? expiresAt.minus(StaffToken.DEFAULT_LIFETIME) : now;
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .subject(token.subject())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt))
                .claim("roles", token.roles().stream().map(StaffRole::name).sorted().toList())
                .claim("locations", token.locations())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /** The public key as a JWK set ({@code /.well-known/jwks.json}). */
    public Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    /** A {@code file:} URL of the PEM public key, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    private static Path writePem(RSAKey key) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toPublicKey().getEncoded());
            Path file = Files.createTempFile("clinicflow-issuer-", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the issuer's public key", e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

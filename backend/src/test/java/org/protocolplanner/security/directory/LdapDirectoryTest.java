package org.protocolplanner.security.directory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.protocolplanner.security.directory.SignInRefusedException.Reason;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** What a sign-in answers when the LDAP directory cannot be asked at all. */
class LdapDirectoryTest {

    @Test
    void aDirectoryThatDoesNotAnswerIsSaidSoAndIsNoWrongPassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LdapDirectory directory = new LdapDirectory(
                new DirectoryProperties.Ldap(
                        "ldap://127.0.0.1:" + closedPort,
                        "dc=fao,dc=example",
                        null,
                        null,
                        "uid={0},ou=people",
                        "",
                        null,
                        "ou=groups",
                        "(member={0})",
                        "cn",
                        "uid",
                        "displayName",
                        "mail"),
                null);

        assertThatThrownBy(() -> directory.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("wang.fang", "summit-week-2027")))
                .isInstanceOf(SignInRefusedException.class)
                .extracting(refusal -> ((SignInRefusedException) refusal).reason())
                .isEqualTo(Reason.DIRECTORY_UNREACHABLE);
        assertThatThrownBy(() ->
                        directory.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("wang.fang", "")))
                .as("without a password the directory is not asked")
                .isInstanceOf(BadCredentialsException.class);
    }
}

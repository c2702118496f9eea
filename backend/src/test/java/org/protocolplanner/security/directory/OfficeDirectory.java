package org.protocolplanner.security.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A real LDAP directory in memory (UnboundID), on a free port, holding {@code office-directory.ldif}: the
 * tests sign in against it over the network as the application would against the office's directory, and
 * move people between groups.
 */
final class OfficeDirectory implements AutoCloseable {

    static final String BASE = "dc=fao,dc=example";

    private final InMemoryDirectoryServer server;

    OfficeDirectory() {
        try (InputStream ldif = OfficeDirectory.class.getResourceAsStream("office-directory.ldif")) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            // No schema: a group may lose its last member, as groups in real directories do.
            config.setSchema(null);
            server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException("could not start the test directory", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    void addToGroup(String group, String uid) {
        changeMembers(ModificationType.ADD, group, uid);
    }

    void removeFromGroup(String group, String uid) {
        changeMembers(ModificationType.DELETE, group, uid);
    }

    private void changeMembers(ModificationType change, String group, String uid) {
        try {
            server.modify(
                    "cn=" + group + ",ou=groups," + BASE,
                    new Modification(change, "member", "uid=" + uid + ",ou=people," + BASE));
        } catch (LDAPException e) {
            throw new IllegalStateException("could not change the members of " + group, e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}

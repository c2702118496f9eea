package org.protocolplanner.security.directory;

import org.protocolplanner.support.Api;
import tools.jackson.databind.JsonNode;

/** The local administrator of {@link DirectorySignInTest}, keeping the accounts beside the directory. */
final class LocalAdministrator {

    private final int port;

    LocalAdministrator(int port) {
        this.port = port;
    }

    Api api() {
        return Api.as(port, DirectorySignInTest.LOCAL_ADMIN, DirectorySignInTest.LOCAL_ADMIN_PASSWORD);
    }

    /** The account as the account list shows it to administrators. */
    JsonNode account(String username) {
        for (JsonNode account : api().get("/api/accounts?size=200").json().get("content")) {
            if (account.get("username").asString().equals(username)) {
                return account;
            }
        }
        throw new AssertionError("no account " + username);
    }
}

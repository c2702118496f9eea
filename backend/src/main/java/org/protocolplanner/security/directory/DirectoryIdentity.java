package org.protocolplanner.security.directory;

import java.util.List;

/**
 * Who the office directory says signed in: the account name, the name and e-mail it holds (either may be
 * missing) and the names of the person's groups.
 */
record DirectoryIdentity(String username, String displayName, String email, List<String> groups) {

    DirectoryIdentity {
        groups = List.copyOf(groups);
    }
}

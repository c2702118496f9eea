package org.protocolplanner.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Somebody who signs in: roles, and for venue managers the venues they manage. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /**
     * A delegating-encoder hash ({@code {bcrypt}...}); the clear password is never stored. None for an account
     * of the office directory, which checks the password itself.
     */
    @Column(name = "password_hash")
    private String passwordHash;

    /** Made by a sign-in through the office directory: its roles come from directory groups, not from here. */
    @Column(name = "directory_managed", nullable = false)
    private boolean directoryManaged;

    private boolean enabled = true;

    private String language = "en";

    /** Where notifications are also e-mailed; null for none. */
    private String email;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "venue_manager", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "venue_id")
    private Set<String> managedVenueIds = new HashSet<>();

    protected Account() {}

    public Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
    }

    /** An account of the office directory, made at its first sign-in with the roles of its groups. */
    public static Account fromDirectory(String username, String displayName, Set<Role> roles) {
        Account account = new Account(username, displayName, null, roles);
        account.directoryManaged = true;
        return account;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDirectoryManaged() {
        return directoryManaged;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Set<String> getManagedVenueIds() {
        return managedVenueIds;
    }

    public void setManagedVenueIds(Set<String> venueIds) {
        managedVenueIds.clear();
        managedVenueIds.addAll(venueIds);
    }
}

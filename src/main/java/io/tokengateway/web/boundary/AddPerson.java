package io.tokengateway.web.boundary;

import io.tokengateway.web.control.ConsolePeople;
import io.tokengateway.web.control.PostRedirectGet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Adds a person with a role and a first password. */
@Named
@RequestScoped
public class AddPerson {

    @Inject
    ConsolePeople directory;

    private String name;
    private String role = "viewer";
    private String password;

    public String add() {
        return PostRedirectGet.after(directory.add(name, role, password));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

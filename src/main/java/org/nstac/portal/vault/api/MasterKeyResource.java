package org.nstac.portal.vault.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.SortedMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.vault.application.IdentityVault;
import org.nstac.portal.vault.application.MasterKeyRotation;

/**
 * The identity vault's master keys, for the administrator: which key is current, how many data keys each wraps, and
 * {@code POST /api/vault/rotations} to rotate while the portal runs. Key ids only: no key material ever leaves the
 * keyring file.
 */
@Tag(name = "Vault")
@Path("vault")
@Produces(MediaType.APPLICATION_JSON)
public class MasterKeyResource {

    public record KeysView(String currentKeyId, SortedMap<String, Long> dataKeysPerMasterKey) {
    }

    @Inject
    IdentityVault vault;

    @Inject
    MasterKeyRotation rotation;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("keys")
    @Operation(operationId = "listMasterKeys",
            summary = "Master keys by id, with the number of data keys each wraps (administrator)",
            description = "Who may call it: The administrator.")
    public KeysView keys() {
        requireAdmin();
        return new KeysView(vault.currentMasterKeyId(), vault.dataKeysPerMasterKey());
    }

    @POST
    @Path("rotations")
    @Operation(operationId = "rotateMasterKey",
            summary = "Rotate the master key and rewrap every data key, without downtime (administrator)",
            description = "Who may call it: The administrator.")
    public MasterKeyRotation.Outcome rotate() {
        requireAdmin();
        return rotation.rotate(currentUser.getName());
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }
}

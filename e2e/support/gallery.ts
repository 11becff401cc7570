import { type APIRequestContext, expect } from "@playwright/test";
import { makePhoto } from "../../tests/support/images";
import { PASSWORD, post, registerOperator, uniqueEmail } from "./backoffice";

/**
 * A studio's shoot for the gallery journeys, set up through the REST API: a
 * project with terms and one linked package, two members, and photos uploaded
 * by a photographer and tagged by hand (three of Anna, one of Ben).
 */
export async function createGalleryShoot(request: APIRequestContext, studioName: string) {
  const studio = await registerOperator(request, studioName);
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Spring Portraits",
    timezone: "UTC",
    termsAndConditions: "Prints and files are for private use only. No refunds after download.",
  });
  const pkg = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
    name: "Duo",
    price: 2500,
    photoCount: 2,
  });
  await post(request, `/v1/projects/${project.id}/packages`, studio.headers, { packageId: pkg.id });
  const enrol = (name: string, email?: string) =>
    post<{ id: string; accessCode: string }>(
      request,
      `/v1/projects/${project.id}/members`,
      studio.headers,
      { name, ...(email && { email }) },
    );
  const anna = await enrol("Anna Archer", uniqueEmail("anna"));
  const ben = await enrol("Ben Baker");
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    { name: "Pat", email: uniqueEmail("pat"), password: PASSWORD },
  );
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });

  const upload = async (seed: number, fileName: string, memberId: string) => {
    const bytes = await makePhoto({
      seed,
      width: 1200,
      height: 800,
      takenAt: "2026:05:04 10:00:00",
    });
    const response = await request.post(`/v1/projects/${project.id}/photos`, {
      headers: studio.headers,
      multipart: {
        photographerId: photographer.id,
        file: { name: fileName, mimeType: "image/jpeg", buffer: bytes },
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const tagged = await request.put(`/v1/photos/${id}/tags`, {
      headers: studio.headers,
      data: { memberIds: [memberId] },
    });
    expect(tagged.status()).toBe(200);
    return { id, fileName, bytes };
  };
  const annaPhotos = [
    await upload(101, "IMG_2001.JPG", anna.id),
    await upload(102, "IMG_2002.JPG", anna.id),
    await upload(103, "IMG_2003.JPG", anna.id),
  ];
  const benPhoto = await upload(104, "IMG_2004.JPG", ben.id);
  return { studio, project, pkg, anna, ben, annaPhotos, benPhoto, upload };
}
